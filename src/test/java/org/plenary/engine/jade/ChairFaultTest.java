package org.plenary.engine.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jade.core.AID;
import jade.core.Agent;
import jade.lang.acl.ACLMessage;

import org.junit.jupiter.api.Test;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.scenario.ScenarioReader;

/**
 * The chair against answers it does not expect: a delegation that answers a round or a vote with
 * the wrong performative, and one that falls silent during the vote. Each ends the run with an
 * error naming the delegation, never a hang, and the engine plays the next run correctly.
 */
class ChairFaultTest {

    /**
     * The three-delegation scenario of the command tests cut to two rounds under a majority rule: A
     * still objects in round 2 (ProtocolHandComputedTest), so every run ends in a vote.
     */
    private static Scenario voting() {
        Scenario s = ScenarioReader.read(Path.of("src/test/resources/cli/three-delegations.yaml")).scenario()
                .orElseThrow();
        Protocol p = s.protocol();
        return s.withProtocol(new Protocol(2, p.loss(), 0, p.mediatorStep(), p.dropContestedAfter(),
                DecisionRule.MAJORITY, 0.5));
    }

    /** Answers one message of the chair in the name of another agent, with a given performative. */
    public static final class Impostor extends Agent {
        private final String victim;
        private final int performative;
        private final String conversation;
        private final String inReplyTo;

        Impostor(String victim, int performative, String conversation, String inReplyTo) {
            this.victim = victim;
            this.performative = performative;
            this.conversation = conversation;
            this.inReplyTo = inReplyTo;
        }

        @Override
        protected void setup() {
            ACLMessage m = new ACLMessage(performative);
            m.setSender(new AID(victim, AID.ISLOCALNAME));
            m.addReceiver(new AID("chair", AID.ISLOCALNAME));
            m.setConversationId(conversation);
            m.setInReplyTo(inReplyTo);
            m.setContent("{}");
            send(m);
            doDelete();
        }
    }

    /**
     * Silences {@code victim} (suspended: it receives, never answers) when the chair sends its first
     * message of {@code protocol} in run 1, and, unless {@code performative} is negative, answers that
     * message in its name with {@code performative}.
     */
    private static DelegationLostException fault(Scenario s, String protocol, String victim, int performative)
            throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        JadeEngine[] holder = new JadeEngine[1];
        AclLog drill = line -> {
            try {
                JsonNode m = new ObjectMapper().readTree(line);
                if (m.path("sender").asText().equals("chair") && m.path("protocol").asText().equals(protocol)
                        && m.path("conversation").asText().startsWith("plenary-1-1-") && done.compareAndSet(false, true)) {
                    holder[0].controller(victim).suspend();
                    if (performative >= 0) {
                        holder[0].container().acceptNewAgent("impostor", new Impostor(victim, performative,
                                m.path("conversation").asText(), m.path("replyWith").asText())).start();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        try (JadeEngine engine = new JadeEngine(JadeSettings.defaults().withWaits(2000, 5).withAclLog(drill))) {
            holder[0] = engine;
            RunResult warmUp = engine.negotiate(s, 1, 0, false);
            assertEquals(new LocalEngine().negotiate(s, 1, 0, false), warmUp);
            assertTrue(warmUp.vote() != null, "the run ends in a vote");
            DelegationLostException e = assertThrows(DelegationLostException.class, () -> engine.negotiate(s, 1, 1, false));
            assertTrue(done.get(), "the drill ran");
            engine.controller(victim).activate();
            // The next run is played in full and agrees with the local engine.
            assertEquals(new LocalEngine().negotiate(s, 1, 2, false), engine.negotiate(s, 1, 2, false));
            return e;
        }
    }

    @Test
    void aRoundAnsweredWithAnInformIsAnErrorNamingTheDelegation() throws Exception {
        DelegationLostException e = fault(voting(), "plenary-round", "B", ACLMessage.INFORM);
        assertEquals("B", e.delegationId());
        assertTrue(e.getMessage().contains("answered round 0 with INFORM"), e.getMessage());
    }

    @Test
    void aVoteAnsweredWithAProposalIsAnErrorNamingTheDelegation() throws Exception {
        DelegationLostException e = fault(voting(), "plenary-vote", "C", ACLMessage.PROPOSE);
        assertEquals("C", e.delegationId());
        assertTrue(e.getMessage().contains("answered the vote with PROPOSE"), e.getMessage());
    }

    @Test
    void aDelegationSilentDuringTheVoteIsNamedAfterTheBoundedWaits() throws Exception {
        DelegationLostException e = fault(voting(), "plenary-vote", "A", -1);
        assertEquals("A", e.delegationId());
        assertTrue(e.getMessage().contains("did not answer the vote within 5 waits"), e.getMessage());
    }
}
