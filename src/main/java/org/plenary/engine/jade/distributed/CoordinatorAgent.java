package org.plenary.engine.jade.distributed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.core.behaviours.TickerBehaviour;
import jade.domain.introspection.AMSSubscriber;
import jade.domain.introspection.DeadAgent;
import jade.domain.introspection.IntrospectionVocabulary;
import jade.domain.introspection.RemovedContainer;
import jade.lang.acl.ACLMessage;

/**
 * Hands out the units of one job to the workers that joined with the token, the right version and
 * the right job, and passes each unit's first result on. Runs on the main container; everything it
 * keeps is touched only by its own thread.
 *
 * <p>Faults: the AMS tells it of dead agents and removed containers (subscription), and a worker
 * not heard from for the silence timeout counts as lost too; a lost worker's units in flight are
 * handed out again. A result for a unit already done is ignored; a message it cannot read, from an
 * unknown sender or without the token is logged and ignored.
 */
final class CoordinatorAgent extends Agent {

    private static final long serialVersionUID = 1L;

    /** Handed over object-to-agent: dismiss every worker (the run is over). */
    static final Object DISMISS = new Object();

    /** Units in flight per worker thread: one computing, one waiting, so no thread idles for a round trip. */
    static final int UNITS_PER_THREAD = 2;

    /** Heartbeat period, milliseconds. */
    static final long HEARTBEAT = 1000;

    /** Ignored messages logged one by one before they are only counted. */
    private static final int LOGGED_IGNORED = 20;

    private final transient Coordination.Settings settings;
    private final transient String job;
    private final transient String jobSha;
    private final transient java.util.function.IntFunction<String> work;
    private final transient Coordination.Results results;
    private final transient Coordination.Board board;
    private final transient Ledger ledger;
    private final transient Map<String, Worker> workers = new LinkedHashMap<>();
    private transient long ignored;
    private transient boolean dismissing;

    /** A worker that joined (or is joining). */
    private static final class Worker {
        final AID aid;
        final String name;
        final String host;
        final String container;
        final int threads;
        boolean ready;
        long lastHeard;
        long done;

        Worker(AID aid, String name, String host, String container, int threads) {
            this.aid = aid;
            this.name = name;
            this.host = host;
            this.container = container;
            this.threads = threads;
        }
    }

    CoordinatorAgent(Coordination.Settings settings, String job, int units, java.util.function.IntFunction<String> work,
                     Coordination.Results results, Coordination.Board board) {
        this.settings = settings;
        this.job = job;
        this.jobSha = Vocabulary.sha256(job);
        this.work = work;
        this.results = results;
        this.board = board;
        this.ledger = new Ledger(units);
        setEnabledO2ACommunication(true, 0);
    }

    @Override
    protected void setup() {
        addBehaviour(new Watch());
        addBehaviour(new Inbox());
        addBehaviour(new TickerBehaviour(this, HEARTBEAT) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onTick() {
                heartbeat();
            }
        });
        if (ledger.finished()) {
            board.finished.complete(null);
        }
    }

    /** The AMS's reports of dead agents and removed containers. */
    private final class Watch extends AMSSubscriber {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected void installHandlers(Map handlers) {
            handlers.put(IntrospectionVocabulary.DEADAGENT, (EventHandler) event -> {
                AID dead = ((DeadAgent) event).getAgent();
                if (dead != null && workers.containsKey(dead.getName())) {
                    lose(workers.get(dead.getName()), "its agent died");
                }
            });
            handlers.put(IntrospectionVocabulary.REMOVEDCONTAINER, (EventHandler) event -> {
                jade.core.ContainerID c = ((RemovedContainer) event).getContainer();
                if (c == null) {
                    return;
                }
                for (Worker w : new ArrayList<>(workers.values())) {
                    if (c.getName().equals(w.container)) {
                        lose(w, "its container " + c.getName() + " is gone");
                    }
                }
            });
        }
    }

    private final class Inbox extends CyclicBehaviour {
        private static final long serialVersionUID = 1L;

        @Override
        public void action() {
            Object o = getO2AObject();
            if (o == DISMISS) {
                dismissAll("the work is done");
                return;
            }
            ACLMessage m = receive(Vocabulary.OURS);
            if (m == null) {
                block();
                return;
            }
            while (m != null) {
                board.received(m);
                try {
                    take(m);
                } catch (RuntimeException e) {
                    ignore(m, e.getMessage());
                }
                m = receive(Vocabulary.OURS);
            }
        }
    }

    private void take(ACLMessage m) {
        JsonNode c = Vocabulary.read(m.getContent());
        String protocol = String.valueOf(m.getProtocol());
        int p = m.getPerformative();
        String from = m.getSender() == null ? null : m.getSender().getName();
        if (from == null) {
            ignore(m, "no sender");
            return;
        }
        if (!Vocabulary.sameToken(settings.token(), c.path("token").asText(null))) {
            if (protocol.equals(Vocabulary.JOIN) && p == ACLMessage.REQUEST) {
                board.log("refused a worker from " + Vocabulary.shown(c.path("host").asText("?")) + " ("
                        + Vocabulary.shown(c.path("name").asText("?")) + "): wrong token");
                reply(m, ACLMessage.REFUSE, Vocabulary.JOIN, Vocabulary.object().put("reason", "wrong token"));
            } else {
                ignore(m, "no or wrong token");
            }
            return;
        }
        Worker w = workers.get(from);
        if (protocol.equals(Vocabulary.JOIN) && p == ACLMessage.REQUEST) {
            join(m, c);
        } else if (w == null || dismissing) {
            // a worker dropped after falling silent, or one that never joined
            reply(m, ACLMessage.CANCEL, Vocabulary.DISMISS, Vocabulary.object().put("reason",
                    "this worker is not (or no longer) part of the run; its units went to other workers"));
            ignore(m, "from a worker that is not part of the run");
        } else {
            w.lastHeard = System.nanoTime();
            if (protocol.equals(Vocabulary.READY) && p == ACLMessage.INFORM) {
                ready(m, w, c);
            } else if (protocol.equals(Vocabulary.READY) && p == ACLMessage.FAILURE) {
                board.log("worker " + w.name + " (" + w.host + ") refused the job: "
                        + Vocabulary.shown(c.path("reason").asText("?")));
                forget(w, "refused the job");
            } else if (protocol.equals(Vocabulary.UNIT) && p == ACLMessage.INFORM && w.ready) {
                result(w, c);
            } else if (protocol.equals(Vocabulary.UNIT) && p == ACLMessage.FAILURE && w.ready) {
                board.finished.completeExceptionally(new DistributedException("worker " + w.name + " (" + w.host
                        + ") could not compute unit " + c.path("unit").asText("?") + ": "
                        + Vocabulary.shown(c.path("reason").asText("?"))));
            } else if (!(protocol.equals(Vocabulary.ALIVE) && p == ACLMessage.INFORM)) {
                ignore(m, "unexpected " + ACLMessage.getPerformative(p) + " " + Vocabulary.shown(protocol));
            }
        }
    }

    private void join(ACLMessage m, JsonNode c) {
        String version = c.path("version").asText("");
        String name = Vocabulary.shown(c.path("name").asText("worker"));
        String host = Vocabulary.shown(c.path("host").asText("?"));
        if (!version.equals(settings.version())) {
            board.log("refused worker " + name + " (" + host + "): it runs Plenary " + Vocabulary.shown(version)
                    + ", this coordinator " + settings.version());
            reply(m, ACLMessage.REFUSE, Vocabulary.JOIN, Vocabulary.object().put("reason", "the coordinator runs Plenary "
                    + settings.version() + ", this worker " + version + "; run the same version on both"));
            return;
        }
        int threads = c.path("threads").asInt(1);
        if (threads < 1 || threads > 4096) {
            ignore(m, "a join with " + threads + " threads");
            return;
        }
        Worker w = new Worker(m.getSender(), name, host, c.path("container").asText(""), threads);
        w.lastHeard = System.nanoTime();
        workers.put(m.getSender().getName(), w);
        ObjectNode agree = Vocabulary.object();
        agree.put("version", settings.version());
        agree.put("job", job);
        agree.put("jobSha256", jobSha);
        reply(m, ACLMessage.AGREE, Vocabulary.JOIN, agree);
    }

    private void ready(ACLMessage m, Worker w, JsonNode c) {
        String sha = c.path("jobSha256").asText("");
        String version = c.path("version").asText("");
        if (!sha.equals(jobSha) || !version.equals(settings.version())) {
            String why = !version.equals(settings.version()) ? "it runs Plenary " + Vocabulary.shown(version)
                    + ", this coordinator " + settings.version()
                    : "the job it holds has SHA-256 " + Vocabulary.shown(sha) + ", this coordinator's " + jobSha;
            board.log("refused worker " + w.name + " (" + w.host + "): " + why);
            reply(m, ACLMessage.REFUSE, Vocabulary.READY, Vocabulary.object().put("reason", why));
            workers.remove(w.aid.getName());
            return;
        }
        w.ready = true;
        board.log("worker " + w.name + " (" + w.host + ") joined with " + w.threads + " thread"
                + (w.threads == 1 ? "" : "s"));
        record(w, "connected");
        dispatch();
    }

    private void result(Worker w, JsonNode c) {
        JsonNode u = c.get("unit");
        if (u == null || !u.canConvertToInt() || !ledger.known(u.intValue())) {
            board.log("ignored a result for no known unit from worker " + w.name);
            return;
        }
        int unit = u.intValue();
        if (ledger.isDone(unit)) {
            ledger.complete(w.aid.getName(), unit);
            board.duplicates.incrementAndGet();
        } else {
            try {
                results.accept(unit, c.path("result").isTextual() ? c.path("result").asText() : c.path("result").toString());
                ledger.complete(w.aid.getName(), unit);
                w.done++;
                record(w, "connected");
            } catch (Exception e) {
                board.log("ignored a bad result for unit " + unit + " from worker " + w.name + ": "
                        + Vocabulary.shown(e.getMessage()) + "; the unit is handed out again");
                ledger.giveBack(w.aid.getName(), unit);
            }
        }
        board.progress(ledger.completed(), readyWorkers());
        if (ledger.finished()) {
            board.finished.complete(null);
        }
        dispatch();
    }

    /** Fills every ready worker's room with waiting units, in join order. */
    private void dispatch() {
        for (Worker w : workers.values()) {
            if (!w.ready) {
                continue;
            }
            int room = w.threads * UNITS_PER_THREAD - ledger.held(w.aid.getName());
            for (int unit : ledger.handOut(w.aid.getName(), Math.max(0, room))) {
                ObjectNode o = Vocabulary.object();
                o.put("unit", unit);
                o.put("work", work.apply(unit));
                ACLMessage m = Vocabulary.message(ACLMessage.REQUEST, Vocabulary.UNIT, o);
                m.addReceiver(w.aid);
                m.setConversationId("unit-" + unit);
                send(m);
                board.sent(m);
            }
        }
    }

    private void heartbeat() {
        long now = System.nanoTime();
        for (Worker w : new ArrayList<>(workers.values())) {
            if (now - w.lastHeard > settings.silenceMillis() * 1_000_000L) {
                lose(w, "silent for " + (settings.silenceMillis() / 1000) + " s");
            }
        }
        for (Worker w : workers.values()) {
            ACLMessage m = Vocabulary.message(ACLMessage.INFORM, Vocabulary.ALIVE, Vocabulary.object());
            m.addReceiver(w.aid);
            send(m);
        }
        board.progress(ledger.completed(), readyWorkers());
    }

    private void lose(Worker w, String why) {
        if (workers.remove(w.aid.getName()) == null) {
            return;
        }
        if (dismissing) {
            // a dismissed worker ending, as asked
            if (workers.isEmpty()) {
                board.dismissed.countDown();
            }
            return;
        }
        int back = ledger.lose(w.aid.getName());
        board.log("worker " + w.name + " (" + w.host + ") lost: " + why + (back > 0 ? "; " + back + " unit"
                + (back == 1 ? "" : "s") + " handed out again" : ""));
        record(w, "lost: " + why);
        // a worker that merely fell silent may wake up: tell it it is out
        ACLMessage m = Vocabulary.message(ACLMessage.CANCEL, Vocabulary.DISMISS, Vocabulary.object().put("reason",
                "dropped by the coordinator: " + why));
        m.addReceiver(w.aid);
        send(m);
        board.progress(ledger.completed(), readyWorkers());
        dispatch();
    }

    private void forget(Worker w, String status) {
        workers.remove(w.aid.getName());
        ledger.lose(w.aid.getName());
        record(w, status);
    }

    private void dismissAll(String reason) {
        for (Worker w : workers.values()) {
            ACLMessage m = Vocabulary.message(ACLMessage.CANCEL, Vocabulary.DISMISS,
                    Vocabulary.object().put("reason", reason));
            m.addReceiver(w.aid);
            send(m);
            if (w.ready) {
                record(w, "dismissed");
            }
        }
        dismissing = true;
        if (workers.isEmpty()) {
            board.dismissed.countDown();
        }
    }

    private int readyWorkers() {
        int n = 0;
        for (Worker w : workers.values()) {
            if (w.ready) {
                n++;
            }
        }
        return n;
    }

    private void record(Worker w, String status) {
        if (w.ready || !status.equals("connected")) {
            board.workers.put(w.aid.getName(), new WorkerRecord(w.name, w.host, w.threads, w.done, status));
        }
    }

    private void reply(ACLMessage m, int performative, String protocol, ObjectNode content) {
        ACLMessage r = Vocabulary.message(performative, protocol, content);
        r.addReceiver(m.getSender());
        r.setConversationId(m.getConversationId());
        send(r);
        board.sent(r);
    }

    private void ignore(ACLMessage m, String why) {
        ignored++;
        board.ignored.incrementAndGet();
        if (ignored <= LOGGED_IGNORED) {
            board.log("ignored a message (" + ACLMessage.getPerformative(m.getPerformative()) + " from "
                    + (m.getSender() == null ? "nobody" : Vocabulary.shown(m.getSender().getLocalName())) + "): "
                    + Vocabulary.shown(why));
        } else if (ignored == LOGGED_IGNORED + 1) {
            board.log("ignoring further bad messages without logging each");
        }
    }
}
