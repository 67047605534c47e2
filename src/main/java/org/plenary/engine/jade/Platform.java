package org.plenary.engine.jade;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jade.core.Profile;
import jade.core.ProfileImpl;
import jade.wrapper.AgentContainer;
import jade.wrapper.ContainerController;

/**
 * An in-process JADE main container: its only socket is bound to one address on a free port (no
 * multicast main detection, no HTTP MTP, no GUI), and the JVM survives its shutdown. JADE's own
 * log lines are silenced.
 */
public final class Platform {

    /**
     * JADE logs through java.util.logging: under {@code jade.*} and under the names of its system
     * agents. Held strongly so that the levels set here stay set.
     */
    private static final List<Logger> JADE_LOGGERS = List.of(Logger.getLogger("jade"), Logger.getLogger("ams"),
            Logger.getLogger("df"));

    static {
        for (Logger l : JADE_LOGGERS) {
            l.setLevel(System.getProperty("plenary.jade.debug") != null ? Level.ALL : Level.OFF);
        }
    }

    private final AgentContainer container;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final String address;
    private final Path files;

    private Platform(AgentContainer container, String address, Path files) {
        this.container = container;
        this.address = address;
        this.files = files;
    }

    /**
     * Starts a main container bound to {@code address} on a free port.
     *
     * @throws IllegalArgumentException when the address is not one of this machine's (see
     *         {@link JadeSettings#bindAddress})
     */
    static Platform start(String address) {
        return startMain(address, 0);
    }

    /**
     * Starts a main container bound to {@code address} on {@code port}, or on a free port when
     * {@code port} is 0 (the main container of a distributed run, which peripheral containers of
     * other processes join).
     *
     * @throws IllegalArgumentException when the address is not one of this machine's
     * @throws PlatformException        when the platform cannot start there (the port is taken)
     */
    public static Platform startMain(String address, int port) {
        String host = JadeSettings.bindAddress(address);
        if (port != 0) {
            return startOn(host, port);
        }
        // The free port is found by binding and closing a socket, so another process may take it
        // before JADE binds it (other JVMs start platforms at the same time): try a few ports.
        PlatformException failed = null;
        for (int attempt = 0; attempt < STARTS; attempt++) {
            try {
                return startOn(host, freePort(host));
            } catch (PlatformException e) {
                failed = e;
            }
        }
        throw failed;
    }

    /**
     * The profile of a container of this process: no MTPs, no GUI, listening on {@code localHost}
     * only, its files in {@code files}.
     */
    private static ProfileImpl profile(boolean main, String mainHost, int mainPort, String localHost, int localPort,
                                       Path files) {
        ProfileImpl p = new ProfileImpl(false);
        p.setParameter(Profile.MAIN, Boolean.toString(main));
        p.setParameter(Profile.MAIN_HOST, mainHost);
        p.setParameter(Profile.MAIN_PORT, Integer.toString(mainPort));
        p.setParameter(Profile.LOCAL_HOST, localHost);
        p.setParameter(Profile.LOCAL_PORT, Integer.toString(localPort));
        p.setParameter(Profile.MTPS, "");
        p.setParameter(Profile.GUI, "false");
        // Without these two JADE listens on every interface: its IMTP server binds to the wildcard
        // address unless told to bind to local-host (the option's name says "accept local host
        // only", what it does is bind to local-host), and a main container answers multicast
        // "where is the main container?" queries on UDP port 1199. Containers are joined by address:
        // none ever needs to find the main container that way.
        p.setParameter("jade_imtp_leap_JICP_JICPServer_acceptlocalhostonly", "true");
        p.setParameter(Profile.DETECT_MAIN, "false");
        // The AMS writes APDescription.txt into file-dir (default: the working directory): keep it private.
        p.setParameter(Profile.FILE_DIR, files.toString() + java.io.File.separator);
        return p;
    }

    /** Ports tried before giving up. */
    private static final int STARTS = 3;

    private static Platform startOn(String host, int port) {
        Path files = privateDirectory();
        ProfileImpl p = profile(true, host, port, host, port, files);
        jade.core.Runtime runtime = jade.core.Runtime.instance();
        runtime.setCloseVM(false);
        AgentContainer c = runtime.createMainContainer(p);
        if (c == null) {
            deleteQuietly(files);
            throw new PlatformException("the JADE platform did not start on " + host + ":" + port);
        }
        Platform platform = new Platform(c, host + ":" + port, files);
        runtime.invokeOnTermination(platform.ended::countDown);
        allowPromptShutdown(c);
        return platform;
    }

    /**
     * Starts a peripheral container of this process joined to the main container at
     * {@code mainHost:mainPort}; it listens for the main container's calls on {@code localHost}
     * (an address the main container can reach) and {@code localPort} (0: a free port).
     *
     * @throws PlatformException when no main container answers there
     */
    public static Platform join(String mainHost, int mainPort, String localHost, int localPort) {
        int port = localPort != 0 ? localPort : freePort(localHost);
        Path files = privateDirectory();
        ProfileImpl p = profile(false, mainHost, mainPort, localHost, port, files);
        jade.core.Runtime runtime = jade.core.Runtime.instance();
        runtime.setCloseVM(false);
        AgentContainer c;
        // JADE prints the stack traces of a failed join on the standard streams whatever its log
        // level; the caller says in one line what failed instead.
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.PrintStream nowhere = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        synchronized (Platform.class) {
            System.setOut(nowhere);
            System.setErr(nowhere);
            try {
                c = runtime.createAgentContainer(p);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
        if (c == null) {
            deleteQuietly(files);
            throw new PlatformException("no JADE main container answers at " + mainHost + ":" + mainPort);
        }
        Platform platform = new Platform(c, localHost + ":" + port, files);
        runtime.invokeOnTermination(platform.ended::countDown);
        allowPromptShutdown(c);
        return platform;
    }

    private static Path privateDirectory() {
        try {
            return Files.createTempDirectory("plenary-jade-");
        } catch (IOException e) {
            throw new PlatformException("cannot create a temporary directory for the JADE platform", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> all = Files.list(dir)) {
            for (Path f : all.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    /** Removes the platform's private files (call once it has ended). */
    public void deleteFiles() {
        deleteQuietly(files);
    }

    private static int freePort(String host) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new PlatformException("cannot bind to " + host + ": " + e.getMessage(), e);
        }
    }

    /**
     * JADE 4.3 makes a container's shutdown wait until three seconds after its creation (a guard
     * for containers still joining a remote platform). Ours is in-process and fully started when
     * {@code createMainContainer} returns, so the guard would only delay every command's exit by
     * up to three seconds: its start time is moved back. Without access the shutdown is merely slower.
     */
    private static void allowPromptShutdown(ContainerController c) {
        try {
            java.lang.reflect.Field impl = ContainerController.class.getDeclaredField("myImpl");
            impl.setAccessible(true);
            Object container = impl.get(c);
            java.lang.reflect.Field created = findField(container.getClass(), "creationTime");
            created.setAccessible(true);
            created.setLong(container, 0L);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the shutdown takes up to three seconds longer
        }
    }

    private static java.lang.reflect.Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                return t.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** The container agents are created in. */
    public AgentContainer container() {
        return container;
    }

    /** host:port the platform listens on. */
    public String address() {
        return address;
    }

    /** Waits until the platform has ended (after the AMS was asked to shut it down). */
    public boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Whether the container has ended (killed, or cut off from its platform). */
    public boolean ended() {
        return ended.getCount() == 0;
    }

    /** Kills the container directly: the fallback when the orderly shutdown did not happen. */
    public void kill() {
        try {
            container.kill();
        } catch (jade.wrapper.StaleProxyException e) {
            // already gone
        }
    }
}
