package org.plenary.engine.jade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;
import jade.lang.acl.MessageTemplate;

import org.plenary.core.protocol.AcceptanceRule;
import org.plenary.core.protocol.Amendment;
import org.plenary.core.protocol.Ballot;
import org.plenary.core.model.Forum;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Reservations;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.Vote;
import org.plenary.core.random.KeyedStream;
import org.plenary.core.random.Purpose;

/**
 * A negotiating delegation. Answers the chair's CFP with ACCEPT_PROPOSAL, PROPOSE (its
 * amendments) or REFUSE (a red line is crossed); under the general-assembly forum, on a draft the
 * chair tables for adoption, with ACCEPT_PROPOSAL carrying its reservations or with a REQUEST for a
 * recorded vote. Answers the chair's vote REQUEST with an INFORM of its ballots. Decides with
 * {@link AcceptanceRule#respond} and {@link Ballot#cast} on its own RESPOND and VOTE streams, keyed
 * (seed, run, its id, purpose) from its brief.
 *
 * <p>Created by the engine with the {@link Post} it sends through and what to run when it ends.
 */
public final class DelegationAgent extends Agent {

    private static final long serialVersionUID = 1L;

    private final transient Post post;
    private final transient Runnable onEnd;
    private transient Brief brief;
    private transient MessageTemplate current;
    private final transient KeyedStream respond = new KeyedStream();
    private final transient KeyedStream vote = new KeyedStream();
    private transient double[] text;
    private transient boolean[] dropped;
    private transient boolean lastAccepted;
    private transient Vote[] ballots;

    DelegationAgent(Post post, Runnable onEnd) {
        this.post = post;
        this.onEnd = onEnd;
        // Enabled before the agent starts: a brief handed over right after creation must not be lost.
        setEnabledO2ACommunication(true, 0);
    }

    @Override
    protected void setup() {
        addBehaviour(new Negotiating());
    }

    @Override
    protected void takeDown() {
        onEnd.run();
    }

    private void brief(Brief b) {
        brief = b;
        Negotiation g = b.negotiation();
        respond.rekey(b.seed(), b.run(), g.idKey(b.index()), Purpose.RESPOND);
        vote.rekey(b.seed(), b.run(), g.idKey(b.index()), Purpose.VOTE);
        if (text == null || text.length != g.clauses()) {
            text = new double[g.clauses()];
            dropped = new boolean[g.clauses()];
        }
        if (ballots == null || ballots.length != g.delegations()) {
            ballots = new Vote[g.delegations()];
        }
        lastAccepted = false;
        current = MessageTemplate.MatchConversationId(b.conversation());
        // Messages of earlier runs (a run that failed) are of no use any more.
        while (receive(MessageTemplate.not(current)) != null) {
            // discard
        }
    }

    private final class Negotiating extends CyclicBehaviour {

        private static final long serialVersionUID = 1L;

        @Override
        public void action() {
            for (Object o = getO2AObject(); o != null; o = getO2AObject()) {
                brief((Brief) o);
            }
            ACLMessage m = current == null ? null : receive(current);
            if (m == null) {
                block();
                return;
            }
            switch (m.getPerformative()) {
                case ACLMessage.CFP -> answer(m);
                case ACLMessage.REQUEST -> ballot(m);
                case ACLMessage.INFORM -> current = null; // the chair closed the sitting
                default -> {
                    // not part of the protocol: ignored
                }
            }
        }
    }

    private void answer(ACLMessage cfp) {
        Negotiation g = brief.negotiation();
        int i = brief.index();
        JsonNode cfpContent = MessageCodec.read(cfp.getContent());
        int round = MessageCodec.readDraft(g, cfpContent, text, dropped);
        boolean assembly = g.forum() == Forum.GENERAL_ASSEMBLY;
        ResponseKind r = assembly
                ? AcceptanceRule.respond(g, i, round, text, dropped, respond,
                        cfpContent.path("forAdoption").booleanValue(), ballots)
                : AcceptanceRule.respond(g, i, round, text, dropped, respond);
        lastAccepted = r == ResponseKind.ACCEPT || r == ResponseKind.RESERVE;
        ACLMessage reply = cfp.createReply();
        reply.setPerformative(switch (r) {
            case ACCEPT, RESERVE -> ACLMessage.ACCEPT_PROPOSAL;
            case OBJECT -> ACLMessage.PROPOSE;
            case REFUSE -> ACLMessage.REFUSE;
            case CALL_VOTE -> ACLMessage.REQUEST;
        });
        reply.setReplyWith(cfp.getReplyWith() + "/" + getLocalName());
        ObjectNode content = MessageCodec.answer(round, g.utility(i, text, dropped), g.aspiration(i, round),
                r.amends() ? Amendment.tabledBy(g, i, text, dropped) : null,
                r == ResponseKind.REFUSE ? Amendment.redLinesCrossed(g, i, text, dropped) : null);
        if (assembly) {
            content.put("ballot", ballots[i].word());
        }
        if (r == ResponseKind.RESERVE) {
            ArrayNode named = content.putArray("reservations");
            Reservations.named(g, i, text, dropped).forEach(named::add);
        }
        if (r == ResponseKind.CALL_VOTE) {
            content.put("request", "recorded-vote");
        }
        post.send(this, reply, round, content);
    }

    private void ballot(ACLMessage request) {
        Negotiation g = brief.negotiation();
        int i = brief.index();
        JsonNode content = MessageCodec.read(request.getContent());
        int round = content.path("round").intValue();
        Vote bloc = content.has("blocBallot") ? Vote.ofWord(content.path("blocBallot").asText()) : Vote.NO;
        Vote own = AcceptanceRule.closingBallot(g, i, text, dropped, lastAccepted);
        int[] tally = new int[3];
        Ballot.cast(g, i, own, bloc, vote, tally);
        ACLMessage reply = request.createReply();
        reply.setPerformative(ACLMessage.INFORM);
        reply.setReplyWith(request.getReplyWith() + "/" + getLocalName());
        ObjectNode o = MessageCodec.object();
        o.put("round", round);
        o.put("yes", tally[0]);
        o.put("no", tally[1]);
        o.put("abstain", tally[2]);
        post.send(this, reply, round, o);
    }
}
