package org.plenary.engine.jade;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jade.core.AID;
import jade.wrapper.AgentController;
import jade.wrapper.StaleProxyException;

import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.protocol.RoundListener;
import org.plenary.engine.Engine;

/**
 * The JADE engine: one in-process JADE platform, a chair agent and one agent per negotiating
 * delegation, speaking FIPA-ACL (see {@link ChairAgent}, {@link DelegationAgent},
 * {@link MessageCodec}). Gives the same results as the local engine for the same (scenario, seed,
 * run): the agents decide with the same core code on the same keyed streams.
 *
 * <p>The platform boots in the constructor and is reused by every run until {@link #close()}.
 * Agents are created the first time a run needs them and are briefed afresh before each run (a
 * delegation agent that died is created again for the next run). Runs are played one at a time
 * ({@link #concurrent()} is false): a Monte Carlo on this engine uses one worker.
 */
public final class JadeEngine implements Engine {

    private final JadeSettings settings;
    private final Post post;
    private final Platform platform;
    private final long bootNanos;
    private final Map<String, AgentController> delegations = new HashMap<>();
    private final Map<String, String> agentNames = new HashMap<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    private AgentController chair;
    private long sittings;
    private boolean closed;

    /** Starts the platform and the chair. */
    public JadeEngine(JadeSettings settings) {
        this.settings = settings;
        this.post = new Post(settings.aclLog());
        long t0 = System.nanoTime();
        this.platform = Platform.start(settings.host());
        try {
            present.add("chair");
            chair = platform.container().acceptNewAgent("chair", new ChairAgent(post, settings.replyWait(),
                    settings.maxWaits(), () -> present.remove("chair")));
            chair.start();
        } catch (StaleProxyException e) {
            platform.kill();
            throw new PlatformException("cannot start the chair agent", e);
        }
        bootNanos = System.nanoTime() - t0;
    }

    /** A JADE engine on loopback with default waits. */
    public JadeEngine() {
        this(JadeSettings.defaults());
    }

    @Override
    public String name() {
        return "jade";
    }

    @Override
    public boolean concurrent() {
        return false;
    }

    /** Nanoseconds the platform and the chair took to start. */
    public long bootNanos() {
        return bootNanos;
    }

    /** host:port of the platform. */
    public String address() {
        return platform.address();
    }

    /** Names of the live agents this engine created (the chair and the delegations), for checks. */
    public Set<String> agents() {
        return Set.copyOf(present);
    }

    /**
     * Plays the run on the agents.
     *
     * @throws DelegationLostException when a delegation agent died or did not answer in time
     * @throws PlatformException       when the platform failed
     */
    @Override
    public synchronized Outcome play(NegotiationRun play, long seed, long run, RoundListener listener) {
        if (closed) {
            throw new IllegalStateException("the JADE engine is closed");
        }
        Negotiation g = play.negotiation();
        int n = g.delegations();
        String conversation = "plenary-" + seed + "-" + run + "-" + (++sittings);
        AID[] aids = new AID[n];
        try {
            for (int i = 0; i < n; i++) {
                AgentController a = seat(g.id(i));
                aids[i] = new AID(agentNames.get(g.id(i)), AID.ISLOCALNAME);
                a.putO2AObject(new Brief(g, i, seed, run, conversation), AgentController.ASYNC);
            }
            CompletableFuture<Outcome> done = new CompletableFuture<>();
            chair.putO2AObject(new Sitting(play, seed, run, conversation, aids, listener, done), AgentController.ASYNC);
            return await(done);
        } catch (StaleProxyException e) {
            throw new PlatformException("an agent of the JADE platform is gone: " + e.getMessage(), e);
        }
    }

    private Outcome await(CompletableFuture<Outcome> done) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    if (!present.contains("chair")) {
                        throw new PlatformException("the chair agent is gone");
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new PlatformException("the run failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The agent of delegation {@code id}, created when it does not exist or has died. */
    private AgentController seat(String id) throws StaleProxyException {
        String name = agentNames.computeIfAbsent(id, JadeEngine::agentName);
        AgentController a;
        synchronized (delegations) {
            a = delegations.get(id);
        }
        if (a != null && present.contains(name)) {
            return a;
        }
        present.add(name);
        a = platform.container().acceptNewAgent(name, new DelegationAgent(post, () -> present.remove(name)));
        a.start();
        synchronized (delegations) {
            delegations.put(id, a);
        }
        return a;
    }

    /** A JADE local name for a delegation id: the id itself when it is a plain word. */
    static String agentName(String id) {
        if (id.matches("[A-Za-z0-9_.-]+") && !id.equals("chair") && !id.equals("ams") && !id.equals("df")) {
            return id;
        }
        StringBuilder b = new StringBuilder("delegation-");
        for (char ch : id.toCharArray()) {
            b.append(Character.isLetterOrDigit(ch) && ch < 128 ? String.valueOf(ch) : String.format("_%04x", (int) ch));
        }
        return b.toString();
    }

    /** The platform's container (for fault drills in tests that add an agent of their own). */
    jade.wrapper.AgentContainer container() {
        return platform.container();
    }

    /** The controller of delegation {@code id}'s agent, or {@code null} (for fault drills in tests). */
    AgentController controller(String id) {
        synchronized (delegations) {
            return delegations.get(id);
        }
    }

    /**
     * Kills delegation {@code id}'s agent and waits until the platform no longer knows it (a fault
     * drill: the next message the chair sends it comes back as a FAILURE from the AMS). Not
     * synchronized: it may be called while a run is in play.
     */
    void dismiss(String id) {
        String name = JadeEngine.agentName(id);
        AgentController a;
        synchronized (delegations) {
            a = delegations.get(id);
        }
        if (a == null) {
            return;
        }
        try {
            a.kill();
        } catch (StaleProxyException e) {
            // already gone
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (present.contains(name) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // the AMS deregisters the agent just after its takeDown: wait for that too
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            try {
                platform.container().getAgent(name);
            } catch (jade.wrapper.ControllerException gone) {
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Shuts the platform down (all agents end); waits for it, up to ten seconds. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean ended = false;
        try {
            if (present.contains("chair")) {
                chair.putO2AObject(ChairAgent.ADJOURN, AgentController.ASYNC);
                ended = platform.awaitEnd(10_000);
            }
        } catch (StaleProxyException e) {
            // the chair is gone: kill the container below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!ended) {
            platform.kill();
        }
        platform.deleteFiles();
    }
}
