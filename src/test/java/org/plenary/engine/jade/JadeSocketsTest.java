package org.plenary.engine.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The sockets a running platform opens, read from the kernel's tables for this process
 * ({@code /proc/self/fd} and {@code /proc/self/net/*}): one TCP listener on the chosen address,
 * nothing on the wildcard address, no UDP (JADE's multicast main detection on port 1199).
 */
class JadeSocketsTest {

    /** A socket of this process: protocol, local address (dotted or IPv6 hex), port, listening or not. */
    record Socket(String protocol, String address, int port, boolean listening, long inode) {
        boolean loopback() {
            return address.startsWith("127.") || address.equals("::1");
        }
    }

    private static final Path NET = Path.of("/proc/self/net");

    private static boolean procReadable() {
        return Files.isReadable(NET.resolve("tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** Inodes of the sockets this process holds open. */
    private static Set<Long> socketInodes() throws IOException {
        Set<Long> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException e) {
                    // the descriptor was closed while listing
                }
            }
        }
        return inodes;
    }

    /** This process's TCP listeners and UDP sockets. */
    private static List<Socket> sockets() throws IOException {
        Set<Long> mine = socketInodes();
        List<Socket> out = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path f = NET.resolve(table);
            if (!Files.isReadable(f)) {
                continue;
            }
            List<String> lines = Files.readAllLines(f);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.trim().split("\\s+");
                long inode = Long.parseLong(c[9]);
                boolean tcp = table.startsWith("tcp");
                boolean listening = c[3].equals("0A");
                if (!mine.contains(inode) || tcp && !listening) {
                    continue;
                }
                String[] local = c[1].split(":");
                out.add(new Socket(table, address(local[0]), Integer.parseInt(local[1], 16), listening, inode));
            }
        }
        return out;
    }

    /** The kernel's hex form: IPv4 as one little-endian word, IPv6 as four; IPv4-mapped IPv6 shown as IPv4. */
    private static String address(String hex) {
        if (hex.length() == 8) {
            return ipv4(hex);
        }
        if (hex.startsWith("0000000000000000FFFF0000")) {
            return ipv4(hex.substring(24));
        }
        if (hex.equals("00000000000000000000000001000000")) {
            return "::1";
        }
        return hex.chars().allMatch(ch -> ch == '0') ? "::" : hex;
    }

    private static String ipv4(String word) {
        long v = Long.parseLong(word, 16);
        return (v & 0xff) + "." + (v >> 8 & 0xff) + "." + (v >> 16 & 0xff) + "." + (v >> 24 & 0xff);
    }

    private static List<Socket> openedBy(JadeSettings settings, List<Socket> before) throws IOException {
        Set<Long> old = new HashSet<>();
        before.forEach(s -> old.add(s.inode()));
        try (JadeEngine engine = new JadeEngine(settings)) {
            List<Socket> now = new ArrayList<>();
            for (Socket s : sockets()) {
                if (!old.contains(s.inode())) {
                    now.add(s);
                }
            }
            return now;
        }
    }

    @Test
    void theDefaultPlatformListensOnLoopbackOnlyAndOpensNoUdpSocket() throws IOException {
        assumeTrue(procReadable(), "skipped: /proc/self/net is not readable here, sockets cannot be listed");
        List<Socket> opened = openedBy(JadeSettings.defaults(), sockets());
        assertFalse(opened.isEmpty(), "the platform's listener was not found");
        for (Socket s : opened) {
            assertTrue(s.protocol().startsWith("tcp"), "a UDP socket was opened: " + s);
            assertEquals("127.0.0.1", s.address(), "listening beyond loopback: " + s);
            assertTrue(s.port() != 1199, "JADE's multicast main detection is on: " + s);
        }
    }

    @Test
    void hostBindsTheListenerToThatAddressOnly() throws IOException {
        assumeTrue(procReadable(), "skipped: /proc/self/net is not readable here, sockets cannot be listed");
        Optional<String> external = externalAddress();
        assumeTrue(external.isPresent(), "skipped: this machine has no IPv4 address besides loopback");
        List<Socket> opened = openedBy(JadeSettings.defaults().withHost(external.get()), sockets());
        assertFalse(opened.isEmpty(), "the platform's listener was not found");
        for (Socket s : opened) {
            assertEquals(external.get(), s.address(), s.toString());
        }
    }

    @Test
    void theHostIsOneAddressOfThisMachine() {
        assertEquals("127.0.0.1", JadeSettings.bindAddress(null));
        assertEquals("127.0.0.1", JadeSettings.bindAddress("localhost"));
        assertEquals("127.0.0.1", JadeSettings.bindAddress(" 127.0.0.1 "));
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
                () -> JadeSettings.bindAddress("0.0.0.0"));
        assertEquals("'0.0.0.0' means every interface; the JADE platform listens on one address of this machine: "
                + "give that address (default 127.0.0.1, loopback only)", all.getMessage());
        // 203.0.113.0/24 is reserved for documentation: never an address of this machine.
        assertEquals("'203.0.113.7' is not an address of this machine",
                assertThrows(IllegalArgumentException.class, () -> JadeSettings.bindAddress("203.0.113.7")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JadeSettings.bindAddress("::1"));
        assertThrows(IllegalArgumentException.class, () -> JadeSettings.bindAddress("no-such-host.invalid"));
    }

    private static Optional<String> externalAddress() throws SocketException {
        for (NetworkInterface n : NetworkInterface.networkInterfaces().toList()) {
            if (!n.isUp() || n.isLoopback()) {
                continue;
            }
            for (InetAddress a : n.inetAddresses().toList()) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
