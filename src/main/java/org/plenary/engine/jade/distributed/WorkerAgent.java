package org.plenary.engine.jade.distributed;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.core.behaviours.TickerBehaviour;
import jade.lang.acl.ACLMessage;

/**
 * Joins the coordinator, checks the job it is sent (Plenary's version, the job's SHA-256, that it
 * can be prepared), then computes the units it is handed on a pool of threads and sends each
 * result back. Ends when dismissed, refused, or when the coordinator falls silent.
 */
final class WorkerAgent extends Agent {

    private static final long serialVersionUID = 1L;

    /**
     * Who the worker is.
     *
     * @param name          the name it gives
     * @param host          the address its container listens on
     * @param container     its container's name (the coordinator matches removed containers against it)
     * @param threads       threads it computes on
     * @param token         the join token
     * @param version       Plenary's version here
     * @param silenceMillis the coordinator not heard from for this long is gone
     */
    record Identity(String name, String host, String container, int threads, String token, String version,
                    long silenceMillis) {
    }

    /** A unit's result, handed from a computing thread to the agent's thread. */
    private record Done(int unit, String result, String failure) {
    }

    private final transient Identity id;
    private final transient JobPreparation preparation;
    private final transient Consumer<Ending> onEnd;
    private transient AID coordinator;
    private transient UnitWork work;
    private transient ExecutorService pool;
    private transient long lastHeard;
    private transient boolean ended;

    WorkerAgent(Identity id, JobPreparation preparation, Consumer<Ending> onEnd) {
        this.id = id;
        this.preparation = preparation;
        this.onEnd = onEnd;
        setEnabledO2ACommunication(true, 0);
    }

    @Override
    protected void setup() {
        coordinator = new AID(Vocabulary.COORDINATOR, AID.ISLOCALNAME);
        lastHeard = System.nanoTime();
        addBehaviour(new Inbox());
        addBehaviour(new TickerBehaviour(this, CoordinatorAgent.HEARTBEAT) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onTick() {
                if (System.nanoTime() - lastHeard > id.silenceMillis() * 1_000_000L) {
                    end(Ending.GONE, "the coordinator is gone (not heard from for " + id.silenceMillis() / 1000 + " s)");
                    return;
                }
                send(Vocabulary.ALIVE, ACLMessage.INFORM, signed());
            }
        });
        ObjectNode join = signed();
        join.put("version", id.version());
        join.put("name", id.name());
        join.put("host", id.host());
        join.put("container", id.container());
        join.put("threads", id.threads());
        send(Vocabulary.JOIN, ACLMessage.REQUEST, join);
    }

    @Override
    protected void takeDown() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (!ended) {
            ended = true;
            onEnd.accept(new Ending(Ending.GONE, "the worker agent was stopped"));
        }
    }

    private final class Inbox extends CyclicBehaviour {
        private static final long serialVersionUID = 1L;

        @Override
        public void action() {
            boolean any = false;
            for (Object o = getO2AObject(); o != null; o = getO2AObject()) {
                any = true;
                deliver((Done) o);
            }
            for (ACLMessage m = receive(Vocabulary.OURS); m != null && !ended; m = receive(Vocabulary.OURS)) {
                any = true;
                if (m.getSender() == null || !m.getSender().equals(coordinator)) {
                    continue; // only the coordinator gives orders
                }
                lastHeard = System.nanoTime();
                try {
                    take(m);
                } catch (RuntimeException e) {
                    // a message that cannot be read: ignored (the coordinator hands the unit out again if it matters)
                }
            }
            if (!any) {
                block();
            }
        }
    }

    private void take(ACLMessage m) {
        JsonNode c = Vocabulary.read(m.getContent());
        String protocol = String.valueOf(m.getProtocol());
        switch (m.getPerformative()) {
            case ACLMessage.AGREE -> {
                if (protocol.equals(Vocabulary.JOIN) && work == null) {
                    accept(c);
                }
            }
            case ACLMessage.REFUSE -> end(Ending.REFUSED, "refused by the coordinator: "
                    + Vocabulary.shown(c.path("reason").asText("no reason given")));
            case ACLMessage.CANCEL -> end(Ending.DISMISSED, "dismissed by the coordinator: "
                    + Vocabulary.shown(c.path("reason").asText("no reason given")));
            case ACLMessage.REQUEST -> {
                if (protocol.equals(Vocabulary.UNIT) && work != null && c.path("unit").canConvertToInt()) {
                    compute(c.path("unit").intValue(), c.path("work").asText());
                }
            }
            default -> {
                // heartbeats, and anything else, only show the coordinator is alive
            }
        }
    }

    private void accept(JsonNode c) {
        String version = c.path("version").asText("");
        String job = c.path("job").asText("");
        String sha = Vocabulary.sha256(job);
        String problem = null;
        if (!version.equals(id.version())) {
            problem = "the coordinator runs Plenary " + Vocabulary.shown(version) + ", this worker " + id.version()
                    + "; run the same version on both";
        } else if (!sha.equals(c.path("jobSha256").asText(""))) {
            problem = "the job received has SHA-256 " + sha + ", the coordinator announced "
                    + Vocabulary.shown(c.path("jobSha256").asText(""));
        } else {
            try {
                work = preparation.prepare(job);
            } catch (Exception e) {
                problem = "cannot use the job: " + e.getMessage();
            }
        }
        if (problem != null) {
            ObjectNode f = signed();
            f.put("reason", problem);
            send(Vocabulary.READY, ACLMessage.FAILURE, f);
            end(Ending.REFUSED, "refused the coordinator's job: " + problem);
            return;
        }
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(id.threads(), r -> {
            Thread t = new Thread(r, "plenary-worker-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        ObjectNode ready = signed();
        ready.put("version", id.version());
        ready.put("jobSha256", sha);
        send(Vocabulary.READY, ACLMessage.INFORM, ready);
    }

    private void compute(int unit, String description) {
        pool.execute(() -> {
            Done d;
            try {
                d = new Done(unit, work.compute(description), null);
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                d = new Done(unit, null, String.valueOf(e.getMessage() != null ? e.getMessage() : e));
            }
            try {
                putO2AObject(d, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void deliver(Done d) {
        ObjectNode o = signed();
        o.put("unit", d.unit());
        if (d.failure() == null) {
            o.put("result", d.result());
            send(Vocabulary.UNIT, ACLMessage.INFORM, o);
        } else {
            o.put("reason", d.failure());
            send(Vocabulary.UNIT, ACLMessage.FAILURE, o);
        }
    }

    private ObjectNode signed() {
        return Vocabulary.object().put("token", id.token());
    }

    private void send(String protocol, int performative, ObjectNode content) {
        ACLMessage m = Vocabulary.message(performative, protocol, content);
        m.addReceiver(coordinator);
        send(m);
    }

    private void end(int code, String message) {
        if (ended) {
            return;
        }
        ended = true;
        onEnd.accept(new Ending(code, message));
        doDelete();
    }
}
