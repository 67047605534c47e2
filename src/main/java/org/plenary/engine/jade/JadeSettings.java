package org.plenary.engine.jade;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * How the JADE engine runs.
 *
 * @param host        address the platform binds to; loopback ({@code 127.0.0.1}) unless given
 * @param aclLog      receives every ACL message as a JSON line, or {@code null}
 * @param replyWait   milliseconds of one wait for a delegation's answer, &gt; 0
 * @param maxWaits    waits without an answer after which a delegation is reported lost, ≥ 1
 */
public record JadeSettings(String host, AclLog aclLog, long replyWait, int maxWaits) {

    /** The loopback address, the default host. */
    public static final String LOOPBACK = "127.0.0.1";

    public JadeSettings {
        if (host == null || host.isBlank()) {
            host = LOOPBACK;
        }
        if (replyWait <= 0) {
            throw new IllegalArgumentException("replyWait must be positive: " + replyWait);
        }
        if (maxWaits < 1) {
            throw new IllegalArgumentException("maxWaits must be at least 1: " + maxWaits);
        }
    }

    /**
     * The address literal the platform binds to for {@code host}: a name is resolved once, so that
     * JADE binds to exactly that address ({@code localhost} would make it listen on every interface).
     *
     * @throws IllegalArgumentException in one line, when {@code host} is not an address of this
     *         machine, or is the wildcard address (the platform binds to one address, never to all)
     */
    public static String bindAddress(String host) {
        String h = host == null || host.isBlank() ? LOOPBACK : host.strip();
        InetAddress a;
        try {
            a = InetAddress.getByName(h);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + h + "'");
        }
        if (a.isAnyLocalAddress()) {
            throw new IllegalArgumentException("'" + h + "' means every interface; the JADE platform listens on one "
                    + "address of this machine: give that address (default " + LOOPBACK + ", loopback only)");
        }
        if (!(a instanceof java.net.Inet4Address)) {
            throw new IllegalArgumentException("'" + h + "' is an IPv6 address; the JADE platform needs an IPv4 "
                    + "address of this machine (default " + LOOPBACK + ")");
        }
        try {
            if (!a.isLoopbackAddress() && NetworkInterface.getByInetAddress(a) == null) {
                throw new IllegalArgumentException("'" + h + "' is not an address of this machine");
            }
        } catch (SocketException e) {
            throw new IllegalArgumentException("cannot list this machine's addresses: " + e.getMessage());
        }
        return a.getHostAddress();
    }

    /** Loopback, no ACL log, waits of 500 ms, a delegation lost after 20 waits without an answer. */
    public static JadeSettings defaults() {
        return new JadeSettings(LOOPBACK, null, 500, 20);
    }

    /** A copy with another host. */
    public JadeSettings withHost(String h) {
        return new JadeSettings(h, aclLog, replyWait, maxWaits);
    }

    /** A copy writing the ACL transcript to {@code log}. */
    public JadeSettings withAclLog(AclLog log) {
        return new JadeSettings(host, log, replyWait, maxWaits);
    }

    /** A copy with other bounds on waiting for answers. */
    public JadeSettings withWaits(long wait, int waits) {
        return new JadeSettings(host, aclLog, wait, waits);
    }
}
