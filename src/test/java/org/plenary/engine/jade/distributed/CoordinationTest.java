package org.plenary.engine.jade.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;

import org.junit.jupiter.api.Test;

import org.plenary.engine.jade.Platform;

/**
 * A coordinator and workers in one JVM (a main and peripheral containers on 127.0.0.1): refusals
 * at join, bad messages and duplicated results.
 */
class CoordinationTest {

    private static final List<String> WORK = List.of("a", "b", "c", "d", "e");

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<Integer, String> results = new ConcurrentHashMap<>();

    private Coordination coordinator(String version) {
        return Coordination.start(new Coordination.Settings("127.0.0.1", 0, "secret", version, 10_000), "the job",
                WORK, (unit, result) -> {
                    if (!result.equals("done " + WORK.get(unit))) {
                        throw new IllegalArgumentException("not the result of " + WORK.get(unit));
                    }
                    if (results.putIfAbsent(unit, result) != null) {
                        throw new AssertionError("unit " + unit + " merged twice");
                    }
                }, log::add, (done, workers) -> { });
    }

    private static Ending join(Coordination c, String version, String token, JobPreparation p) throws Exception {
        String[] a = c.address().split(":");
        return WorkerContainer.run(new WorkerContainer.Settings(a[0], Integer.parseInt(a[1]), "127.0.0.1", 0, "w", 2,
                token, version, 10_000), p, line -> { });
    }

    private static JobPreparation honest() {
        return job -> work -> "done " + work;
    }

    private boolean logged(String text) {
        return log.stream().anyMatch(l -> l.contains(text));
    }

    @Test
    void aWorkerOfAnotherVersionIsRefusedWithAMessageOnBothSides() throws Exception {
        Coordination c = coordinator("1.0");
        try {
            Ending e = join(c, "0.9", "secret", honest());
            assertEquals(Ending.REFUSED, e.code());
            assertEquals("refused by the coordinator: the coordinator runs Plenary 1.0, this worker 0.9; run the same "
                    + "version on both", e.message());
            assertTrue(logged("refused worker w (127.0.0.1): it runs Plenary 0.9, this coordinator 1.0"), log.toString());
        } finally {
            c.close();
        }
    }

    @Test
    void aWrongTokenIsRefusedAndAJobTheWorkerCannotUseIsRefusedByTheWorker() throws Exception {
        Coordination c = coordinator("1.0");
        try {
            Ending wrong = join(c, "1.0", "guess", honest());
            assertEquals(new Ending(Ending.REFUSED, "refused by the coordinator: wrong token"), wrong);
            assertTrue(logged("refused a worker from 127.0.0.1 (w): wrong token"), log.toString());

            Ending cannot = join(c, "1.0", "secret", job -> {
                throw new IllegalArgumentException("the scenario received has SHA-256 1234, the coordinator's file 5678");
            });
            assertEquals(Ending.REFUSED, cannot.code());
            assertEquals("refused the coordinator's job: cannot use the job: the scenario received has SHA-256 1234, "
                    + "the coordinator's file 5678", cannot.message());
            // The worker's refusal and the AMS's report of its agent's death race each other: when the death is
            // seen first, the refusal comes from a worker no longer part of the run and is logged as ignored.
            assertTrue(logged("refused the job: cannot use the job: the scenario received has SHA-256 1234")
                    || logged("lost: its agent died") && logged("from a worker that is not part of the run"),
                    log.toString());
            assertTrue(c.workers().stream().noneMatch(w -> w.status().equals("connected")));
        } finally {
            c.close();
        }
    }

    @Test
    void badMessagesAreLoggedAndIgnoredAndADuplicatedResultCountsOnce() throws Exception {
        Coordination c = coordinator("1.0");
        String[] a = c.address().split(":");
        Platform side = Platform.join(a[0], Integer.parseInt(a[1]), "127.0.0.1", 0);
        try {
            CountDownLatch answered = new CountDownLatch(1);
            side.container().acceptNewAgent("nasty", new Nasty()).start();
            side.container().acceptNewAgent("twice", new Twice(answered)).start();
            c.awaitCompletion();
            c.close();
            assertEquals(WORK.size(), results.size());
            assertTrue(c.traffic().duplicates() >= 1, "the second answers are duplicates: " + c.traffic());
            assertTrue(c.traffic().ignored() >= 3, log.toString());
            assertTrue(logged("ignored a message (INFORM from nasty): no or wrong token"), log.toString());
            assertTrue(logged("ignored a message (REQUEST from nasty): the content is not JSON"), log.toString());
            assertTrue(logged("ignored a message (PROPAGATE from nasty): no or wrong token"), log.toString());
            assertTrue(logged("ignored a bad result for unit 0 from worker twice: not the result of a; the unit is "
                    + "handed out again"), log.toString());
        } finally {
            c.close();
            side.kill();
            side.deleteFiles();
        }
    }

    /** Sends what no worker should: no token, content that is not JSON, an unknown performative. */
    private static final class Nasty extends Agent {
        private static final long serialVersionUID = 1L;

        @Override
        protected void setup() {
            AID to = new AID(Vocabulary.COORDINATOR, AID.ISLOCALNAME);
            ACLMessage noToken = Vocabulary.message(ACLMessage.INFORM, Vocabulary.UNIT,
                    Vocabulary.object().put("unit", 0).put("result", "done a"));
            noToken.addReceiver(to);
            send(noToken);
            ACLMessage garbage = new ACLMessage(ACLMessage.REQUEST);
            garbage.setOntology(Vocabulary.ONTOLOGY);
            garbage.setContent("{unit: ");
            garbage.addReceiver(to);
            send(garbage);
            ACLMessage odd = Vocabulary.message(ACLMessage.PROPAGATE, "whatever", Vocabulary.object());
            odd.addReceiver(to);
            send(odd);
        }
    }

    /**
     * A worker with the token that answers every unit twice, and answers unit 0 first with a result
     * the coordinator cannot use.
     */
    private static final class Twice extends Agent {
        private static final long serialVersionUID = 1L;
        private final transient CountDownLatch answered;
        private transient boolean spoiled;

        Twice(CountDownLatch answered) {
            this.answered = answered;
        }

        @Override
        protected void setup() {
            AID to = new AID(Vocabulary.COORDINATOR, AID.ISLOCALNAME);
            ACLMessage join = Vocabulary.message(ACLMessage.REQUEST, Vocabulary.JOIN, Vocabulary.object()
                    .put("token", "secret").put("version", "1.0").put("name", "twice").put("host", "127.0.0.1")
                    .put("container", here().getName()).put("threads", 1));
            join.addReceiver(to);
            send(join);
            addBehaviour(new CyclicBehaviour() {
                private static final long serialVersionUID = 1L;

                @Override
                public void action() {
                    ACLMessage m = receive(Vocabulary.OURS);
                    if (m == null) {
                        block();
                        return;
                    }
                    JsonNode c = Vocabulary.read(m.getContent());
                    if (m.getPerformative() == ACLMessage.AGREE) {
                        ACLMessage ready = Vocabulary.message(ACLMessage.INFORM, Vocabulary.READY, Vocabulary.object()
                                .put("token", "secret").put("version", "1.0")
                                .put("jobSha256", Vocabulary.sha256(c.path("job").asText())));
                        ready.addReceiver(to);
                        send(ready);
                    } else if (m.getPerformative() == ACLMessage.REQUEST) {
                        int unit = c.path("unit").intValue();
                        List<String> answers = new ArrayList<>();
                        if (unit == 0 && !spoiled) {
                            spoiled = true;
                            answers.add("done z");
                        } else {
                            answers.add("done " + c.path("work").asText());
                            answers.add("done " + c.path("work").asText());
                        }
                        for (String r : answers) {
                            ACLMessage inform = Vocabulary.message(ACLMessage.INFORM, Vocabulary.UNIT, Vocabulary.object()
                                    .put("token", "secret").put("unit", unit).put("result", r));
                            inform.addReceiver(to);
                            send(inform);
                        }
                        answered.countDown();
                    }
                }
            });
        }
    }

    @Test
    void aWorkerComputesEveryUnitAndIsDismissed() throws Exception {
        Coordination c = coordinator("1.0");
        try {
            java.util.concurrent.CompletableFuture<Ending> worker = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return join(c, "1.0", "secret", honest());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            c.awaitCompletion();
            c.close();
            assertEquals(new Ending(Ending.DISMISSED, "dismissed by the coordinator: the work is done"),
                    worker.get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(WORK.size(), results.size());
            assertEquals(List.of("w"), c.workers().stream().map(WorkerRecord::name).toList());
            assertEquals("dismissed", c.workers().get(0).status());
            assertEquals(WORK.size(), c.workers().get(0).unitsDone());
        } finally {
            c.close();
        }
    }
}
