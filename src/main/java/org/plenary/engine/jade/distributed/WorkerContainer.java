package org.plenary.engine.jade.distributed;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import jade.wrapper.StaleProxyException;

import org.plenary.engine.jade.Platform;
import org.plenary.engine.jade.PlatformException;

/**
 * A worker process's side: a peripheral container joined to the coordinator's main container, with
 * one worker agent in it.
 */
public final class WorkerContainer {

    /**
     * How the worker joins.
     *
     * @param mainHost      the coordinator's address
     * @param mainPort      its port
     * @param localHost     the address of this machine the coordinator reaches this container on, or
     *                      {@code null} for the one that routes to the coordinator
     * @param localPort     the port this container listens on, or 0 for a free one
     * @param name          the name the worker gives
     * @param threads       threads it computes on, ≥ 1
     * @param token         the join token
     * @param version       Plenary's version here
     * @param silenceMillis the coordinator not heard from for this long is gone
     */
    public record Settings(String mainHost, int mainPort, String localHost, int localPort, String name, int threads,
                           String token, String version, long silenceMillis) {
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
        }
    }

    private WorkerContainer() {
    }

    /**
     * Joins, works until dismissed, refused, or cut off from the coordinator, and says how it ended.
     *
     * @throws PlatformException when no main container answers at the address
     */
    public static Ending run(Settings s, JobPreparation preparation, Consumer<String> log) throws InterruptedException {
        String local = s.localHost() != null ? s.localHost() : routeTo(s.mainHost());
        Platform platform = join(s, local, log);
        CompletableFuture<Ending> ending = new CompletableFuture<>();
        try {
            WorkerAgent.Identity id = new WorkerAgent.Identity(s.name(), local, platform.container().getName(),
                    s.threads(), s.token(), s.version(), s.silenceMillis());
            platform.container().acceptNewAgent("worker-" + suffix(), new WorkerAgent(id, preparation,
                    ending::complete)).start();
            log.accept("joined the coordinator at " + s.mainHost() + ":" + s.mainPort() + " as " + s.name() + " ("
                    + local + ", " + s.threads() + " thread" + (s.threads() == 1 ? "" : "s") + ")");
            while (true) {
                try {
                    return ending.get(250, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (platform.ended()) {
                        return new Ending(Ending.GONE, "the coordinator's platform at " + s.mainHost() + ":"
                                + s.mainPort() + " is gone");
                    }
                } catch (ExecutionException e) {
                    return new Ending(Ending.GONE, "the worker failed: " + e.getCause());
                }
            }
        } catch (jade.wrapper.ControllerException e) {
            throw new PlatformException("cannot start the worker agent: " + e.getMessage(), e);
        } finally {
            platform.kill();
            platform.awaitEnd(5_000);
            platform.deleteFiles();
        }
    }

    /**
     * Joins the main container, trying again every second for as long as the coordinator may stay
     * silent: a worker started just before its coordinator waits for it.
     */
    private static Platform join(Settings s, String local, Consumer<String> log) throws InterruptedException {
        long deadline = System.nanoTime() + s.silenceMillis() * 1_000_000L;
        boolean told = false;
        while (true) {
            try {
                return Platform.join(s.mainHost(), s.mainPort(), local, s.localPort());
            } catch (PlatformException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    log.accept("no coordinator at " + s.mainHost() + ":" + s.mainPort() + " yet; trying again for "
                            + s.silenceMillis() / 1000 + " s");
                    told = true;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** The address of this machine that packets to {@code host} leave from (no packet is sent). */
    static String routeTo(String host) {
        try {
            InetAddress target = InetAddress.getByName(host);
            if (target.isLoopbackAddress()) {
                return target.getHostAddress();
            }
            try (DatagramSocket probe = new DatagramSocket()) {
                probe.connect(new InetSocketAddress(target, 9));
                InetAddress a = probe.getLocalAddress();
                return a == null || a.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostAddress() : a.getHostAddress();
            }
        } catch (java.io.IOException e) {
            throw new PlatformException("cannot find this machine's address towards " + host + ": " + e.getMessage(), e);
        }
    }

    private static String suffix() {
        byte[] b = new byte[4];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
