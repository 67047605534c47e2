package org.plenary.engine.jade;

import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jade.content.lang.sl.SLCodec;
import jade.content.onto.basic.Action;
import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.domain.JADEAgentManagement.JADEManagementOntology;
import jade.domain.JADEAgentManagement.ShutdownPlatform;
import jade.lang.acl.ACLMessage;
import jade.lang.acl.MessageTemplate;

import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.Vote;

/**
 * The chair. For each {@link Sitting} handed to it: tables the opening draft, sends a CFP with
 * the draft to every delegation each round, collects their answers (ACCEPT_PROPOSAL, with
 * reservations in its content when a delegation dissociates itself from clauses; PROPOSE; REFUSE;
 * REQUEST when a delegation calls a vote), and lets the core {@link NegotiationRun} decide what
 * follows (consensus, a second CFP that tables the same draft for adoption, amendment and dropping
 * by {@code Chair}, or a vote); for a vote it REQUESTs every delegation's ballots; at the close it
 * INFORMs every delegation of the outcome.
 *
 * <p>Replies are taken with a template on the run's conversation id and the round's reply-with,
 * so answers of one run or round never mix with another's. A FAILURE from the AMS (the delegation
 * agent is gone) or {@code maxWaits} waits of {@code replyWait} ms without a needed answer ends the
 * run with a {@link DelegationLostException} naming the delegation. Never blocks its thread: it
 * waits with {@code block}.
 */
public final class ChairAgent extends Agent {

    private static final long serialVersionUID = 1L;

    /** Handed over object-to-agent to make the chair ask the AMS to shut the platform down. */
    static final Object ADJOURN = new Object();

    private final transient Post post;
    private final transient long replyWait;
    private final transient int maxWaits;
    private final transient Runnable onEnd;

    private transient Sitting sitting;
    private transient int round;
    private transient boolean voting;
    private transient String awaiting;
    private transient MessageTemplate template;
    private transient ResponseKind[] answers;
    private transient Vote[] ballots;
    private transient boolean[] answered;
    private transient int count;
    private transient int waits;
    private transient int yes;
    private transient int no;
    private transient int abstain;

    ChairAgent(Post post, long replyWait, int maxWaits, Runnable onEnd) {
        this.post = post;
        this.replyWait = replyWait;
        this.maxWaits = maxWaits;
        this.onEnd = onEnd;
        // Enabled before the agent starts: a brief handed over right after creation must not be lost.
        setEnabledO2ACommunication(true, 0);
    }

    @Override
    protected void setup() {
        addBehaviour(new Presiding());
    }

    @Override
    protected void takeDown() {
        if (sitting != null) {
            sitting.done().completeExceptionally(new PlatformException("the chair agent ended during a run"));
            sitting = null;
        }
        onEnd.run();
    }

    private final class Presiding extends CyclicBehaviour {

        private static final long serialVersionUID = 1L;

        @Override
        public void action() {
            if (sitting == null) {
                Object o = getO2AObject();
                if (o == null) {
                    block();
                } else if (o == ADJOURN) {
                    adjourn();
                } else {
                    open((Sitting) o);
                }
                return;
            }
            ACLMessage m = receive(template);
            if (m == null) {
                if (++waits > maxWaits) {
                    lost(firstMissing(), "did not answer the " + (voting ? "vote" : "round " + round)
                            + " within " + maxWaits + " waits of " + replyWait + " ms");
                    return;
                }
                block(replyWait);
                return;
            }
            // Take every answer already queued in one pass: a round's twelve replies then cost one
            // turn of the agent's scheduler rather than twelve.
            while (m != null) {
                waits = 0;
                take(m);
                m = sitting == null ? null : receive(template);
            }
        }
    }

    private void open(Sitting s) {
        while (receive() != null) {
            // late answers of an earlier, failed run
        }
        sitting = s;
        int n = s.delegations().length;
        answers = new ResponseKind[n];
        ballots = new Vote[n];
        answered = new boolean[n];
        round = 0;
        voting = false;
        s.play().open(s.seed(), s.run());
        callForProposals();
    }

    private void expect(String replyWith) {
        awaiting = replyWith;
        template = MessageTemplate.and(MessageTemplate.MatchConversationId(sitting.conversation()),
                MessageTemplate.MatchInReplyTo(replyWith));
        Arrays.fill(answered, false);
        count = 0;
        waits = 0;
    }

    private ACLMessage message(int performative, String protocol) {
        ACLMessage m = new ACLMessage(performative);
        m.setConversationId(sitting.conversation());
        m.setProtocol(protocol);
        m.setReplyWith(awaiting);
        return m;
    }

    private void callForProposals() {
        NegotiationRun play = sitting.play();
        expect(sitting.conversation() + "/round-" + round + (play.forAdoption() ? "/adoption" : ""));
        ACLMessage cfp = message(ACLMessage.CFP, MessageCodec.ROUND_PROTOCOL);
        for (AID d : sitting.delegations()) {
            cfp.addReceiver(d);
        }
        ObjectNode content = MessageCodec.callForProposals(play.negotiation(), round, play.text(), play.dropped());
        if (play.forAdoption()) {
            content.put("forAdoption", true);
        }
        post.send(this, cfp, round, content);
    }

    private void callVote() {
        voting = true;
        yes = 0;
        no = 0;
        abstain = 0;
        String previous = awaiting;
        expect(sitting.conversation() + "/vote");
        NegotiationRun play = sitting.play();
        Negotiation g = play.negotiation();
        for (int i = 0; i < g.delegations(); i++) {
            ACLMessage request = message(ACLMessage.REQUEST, MessageCodec.VOTE_PROTOCOL);
            request.setInReplyTo(previous);
            request.addReceiver(sitting.delegations()[i]);
            ObjectNode content = MessageCodec.object();
            content.put("round", round);
            content.put("vote", "final-draft");
            int b = g.blocOf(i);
            if (b >= 0) {
                content.put("bloc", g.id(b));
                content.put("blocBallot", play.closingBallot(b).word());
            }
            post.send(this, request, round, content);
        }
    }

    private void take(ACLMessage m) {
        if (m.getPerformative() == ACLMessage.FAILURE && m.getSender().equals(getAMS())) {
            lost(namedIn(m.getContent()), "could not be reached (its agent is gone)");
            return;
        }
        int i = indexOf(m.getSender());
        if (i < 0 || answered[i]) {
            return;
        }
        if (voting) {
            if (m.getPerformative() != ACLMessage.INFORM) {
                lost(sitting.play().negotiation().id(i), "answered the vote with "
                        + ACLMessage.getPerformative(m.getPerformative()));
                return;
            }
            JsonNode content = MessageCodec.read(m.getContent());
            yes += content.path("yes").intValue();
            no += content.path("no").intValue();
            abstain += content.path("abstain").intValue();
        } else {
            JsonNode content = MessageCodec.read(m.getContent());
            ResponseKind kind = switch (m.getPerformative()) {
                case ACLMessage.ACCEPT_PROPOSAL -> content.has("reservations") ? ResponseKind.RESERVE : ResponseKind.ACCEPT;
                case ACLMessage.PROPOSE -> ResponseKind.OBJECT;
                case ACLMessage.REFUSE -> ResponseKind.REFUSE;
                case ACLMessage.REQUEST -> ResponseKind.CALL_VOTE;
                default -> null;
            };
            if (content.has("ballot")) {
                ballots[i] = Vote.ofWord(content.path("ballot").asText());
            }
            if (kind == null) {
                lost(sitting.play().negotiation().id(i), "answered round " + round + " with "
                        + ACLMessage.getPerformative(m.getPerformative()));
                return;
            }
            answers[i] = kind;
        }
        answered[i] = true;
        if (++count == answered.length) {
            advance();
        }
    }

    private void advance() {
        NegotiationRun play = sitting.play();
        if (voting) {
            play.closeByVote(yes, no, abstain);
            close();
            return;
        }
        switch (play.answered(round, answers, ballots, sitting.listener())) {
            case NEXT_ROUND -> {
                round++;
                callForProposals();
            }
            case ADOPTION -> callForProposals();
            case VOTE -> callVote();
            case CLOSED -> close();
        }
    }

    private void close() {
        NegotiationRun play = sitting.play();
        Negotiation g = play.negotiation();
        ACLMessage inform = message(ACLMessage.INFORM, MessageCodec.CLOSE_PROTOCOL);
        inform.setInReplyTo(awaiting);
        inform.setReplyWith(sitting.conversation() + "/close");
        ObjectNode content = MessageCodec.object();
        content.put("outcome", play.outcome().name());
        content.put("roundsUsed", play.roundsUsed());
        ArrayNode blockers = content.putArray("blockers");
        for (int i = 0; i < g.delegations(); i++) {
            inform.addReceiver(sitting.delegations()[i]);
            if (play.blocker(i)) {
                blockers.add(g.id(i));
            }
        }
        ArrayNode reservations = content.putArray("reservations");
        ArrayNode callers = content.putArray("calledBy");
        for (int i = 0; i < g.delegations(); i++) {
            if (play.reserved(i)) {
                reservations.add(g.id(i));
            }
            if (play.calledVote(i)) {
                callers.add(g.id(i));
            }
        }
        if (play.voted()) {
            content.put("yes", play.yesVotes());
            content.put("no", play.noVotes());
            content.put("abstain", play.abstentions());
        }
        post.send(this, inform, -1, content);
        Outcome outcome = play.outcome();
        Sitting done = sitting;
        sitting = null;
        done.done().complete(outcome);
    }

    private void lost(String delegationId, String reason) {
        Sitting failed = sitting;
        sitting = null;
        failed.done().completeExceptionally(new DelegationLostException(delegationId, reason));
    }

    private int indexOf(AID sender) {
        AID[] ds = sitting.delegations();
        for (int i = 0; i < ds.length; i++) {
            if (ds[i].equals(sender)) {
                return i;
            }
        }
        return -1;
    }

    private String firstMissing() {
        for (int i = 0; i < answered.length; i++) {
            if (!answered[i]) {
                return sitting.play().negotiation().id(i);
            }
        }
        return "(unknown)";
    }

    /** The delegation whose agent an AMS failure names, else the first that has not answered. */
    private String namedIn(String failure) {
        AID[] ds = sitting.delegations();
        for (int i = 0; i < ds.length; i++) {
            if (!answered[i] && failure != null && failure.contains(ds[i].getName())) {
                return sitting.play().negotiation().id(i);
            }
        }
        return firstMissing();
    }

    private void adjourn() {
        try {
            SLCodec codec = new SLCodec();
            getContentManager().registerLanguage(codec);
            getContentManager().registerOntology(JADEManagementOntology.getInstance());
            ACLMessage request = new ACLMessage(ACLMessage.REQUEST);
            request.addReceiver(getAMS());
            request.setLanguage(codec.getName());
            request.setOntology(JADEManagementOntology.NAME);
            getContentManager().fillContent(request, new Action(getAMS(), new ShutdownPlatform()));
            send(request);
        } catch (jade.content.lang.Codec.CodecException | jade.content.onto.OntologyException e) {
            throw new PlatformException("cannot ask the AMS to shut the platform down", e);
        }
    }
}
