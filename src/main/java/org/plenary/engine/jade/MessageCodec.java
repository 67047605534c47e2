package org.plenary.engine.jade;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.core.protocol.Amendment;
import org.plenary.core.protocol.Negotiation;

/**
 * The content of the messages of the {@value #ONTOLOGY} ontology, in the {@value #LANGUAGE}
 * language. Numbers are written in full (shortest round-trip form), so a draft decoded by a
 * delegation is bit-identical to the chair's.
 *
 * <pre>
 * CFP             {"round": t, "draft": [{"clause": id, "position": p, "dropped": false}, ...]}
 *                 plus "forAdoption": true when the chair tables the same draft for adoption (general assembly)
 * ACCEPT_PROPOSAL {"round": t, "utility": u, "aspiration": a}
 *                 with "reservations": [id, ...] when it joins with reservations (general assembly)
 * PROPOSE         {"round": t, "utility": u, "aspiration": a, "amendments": [{"clause": id, "position": x}, ...]}
 * REFUSE          the same as PROPOSE plus "redLinesCrossed": [id, ...]
 * REQUEST (call)  {"round": t, "utility": u, "aspiration": a, "request": "recorded-vote"}: a delegation calls a vote
 *                 (every answer under the general assembly also carries "ballot": "yes" | "no" | "abstain")
 * REQUEST (vote)  {"round": t, "vote": "final-draft", "bloc": id, "blocBallot": "yes"}   (bloc fields for bloc members only)
 * INFORM (ballot) {"round": t, "yes": y, "no": n, "abstain": a}
 * INFORM (close)  {"outcome": o, "roundsUsed": r, "blockers": [id, ...], "reservations": [id, ...],
 *                  "calledBy": [id, ...], "yes": y, "no": n, "abstain": a}   (yes/no/abstain after a vote)
 * </pre>
 */
public final class MessageCodec {

    /** The ontology every message names. */
    public static final String ONTOLOGY = "plenary-negotiation";
    /** The content language. */
    public static final String LANGUAGE = "application/json";
    /** Interaction protocol of a negotiating round (a contract-net-like call for proposals). */
    public static final String ROUND_PROTOCOL = "plenary-round";
    /** Interaction protocol of the closing vote. */
    public static final String VOTE_PROTOCOL = "plenary-vote";
    /** Interaction protocol of the chair's closing statement. */
    public static final String CLOSE_PROTOCOL = "plenary-close";

    static final ObjectMapper JSON = new ObjectMapper();

    private MessageCodec() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write message content", e);
        }
    }

    static JsonNode read(String content) {
        try {
            return JSON.readTree(content == null ? "{}" : content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message content is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** CFP content: the round and the draft on the table. */
    static ObjectNode callForProposals(Negotiation g, int round, double[] text, boolean[] dropped) {
        ObjectNode o = object();
        o.put("round", round);
        ArrayNode draft = o.putArray("draft");
        for (int c = 0; c < g.clauses(); c++) {
            ObjectNode clause = draft.addObject();
            clause.put("clause", g.clauseId(c));
            clause.put("position", text[c]);
            clause.put("dropped", dropped[c]);
        }
        return o;
    }

    /** Reads the draft of a CFP into {@code text} and {@code dropped}, checking the clauses' order. */
    static int readDraft(Negotiation g, JsonNode content, double[] text, boolean[] dropped) {
        JsonNode draft = content.path("draft");
        if (draft.size() != g.clauses()) {
            throw new IllegalArgumentException("the draft has " + draft.size() + " clauses, expected " + g.clauses());
        }
        for (int c = 0; c < g.clauses(); c++) {
            JsonNode clause = draft.get(c);
            if (!g.clauseId(c).equals(clause.path("clause").asText())) {
                throw new IllegalArgumentException("clause " + c + " of the draft is " + clause.path("clause").asText()
                        + ", expected " + g.clauseId(c));
            }
            text[c] = clause.path("position").doubleValue();
            dropped[c] = clause.path("dropped").booleanValue();
        }
        return content.path("round").intValue();
    }

    /** An answer's content: utility and aspiration, and for an objection the amendments tabled. */
    static ObjectNode answer(int round, double utility, double aspiration, List<Amendment> amendments,
                             List<String> redLinesCrossed) {
        ObjectNode o = object();
        o.put("round", round);
        o.put("utility", utility);
        o.put("aspiration", aspiration);
        if (amendments != null) {
            ArrayNode a = o.putArray("amendments");
            for (Amendment m : amendments) {
                a.addObject().put("clause", m.clauseId()).put("position", m.position());
            }
        }
        if (redLinesCrossed != null) {
            ArrayNode r = o.putArray("redLinesCrossed");
            redLinesCrossed.forEach(r::add);
        }
        return o;
    }
}
