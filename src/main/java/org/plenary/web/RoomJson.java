package org.plenary.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.plenary.core.model.Clause;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Amendment;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A room as JSON for the page: its rounds in the shape of {@code plenary run --format json}'s. */
final class RoomJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoomJson() {
    }

    static ObjectNode view(Room.View v, Scenario s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", v.code());
        o.put("title", s.metadata().title());
        o.put("state", v.state().name().toLowerCase(Locale.ROOT));
        o.put("round", v.round() + 1);
        o.put("maxRounds", v.maxRounds());
        o.put("secondsLeft", (v.millisLeft() + 999) / 1000);
        o.put("version", v.version());
        if (v.draft() == null) {
            o.putNull("draft");
        } else {
            o.set("draft", text(s, v.draft()));
        }
        ArrayNode seats = o.putArray("seats");
        v.seats().values().forEach(seat -> {
            ObjectNode x = seats.addObject();
            x.put("delegation", seat.delegation());
            if (seat.student() == null) {
                x.putNull("student");
            } else {
                x.put("student", seat.student());
            }
            x.put("answered", seat.answered());
        });
        ArrayNode rounds = o.putArray("rounds");
        for (int r = 0; r < v.rounds().size(); r++) {
            rounds.add(round(s, v.rounds().get(r), v.silent().get(r)));
        }
        RunResult result = v.result();
        if (result == null) {
            o.putNull("outcome");
        } else {
            ObjectNode out = o.putObject("outcome");
            out.put("outcome", result.outcome().name());
            out.put("roundsUsed", result.roundsUsed());
            out.set("finalText", text(s, result.finalText()));
            ArrayNode blockers = out.putArray("blockers");
            result.blockers().forEach(blockers::add);
            ObjectNode gains = out.putObject("gains");
            result.gains().forEach(gains::put);
        }
        return o;
    }

    static ObjectNode desk(Room.Desk d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("delegation", d.delegation());
        o.put("round", d.round() + 1);
        o.put("utility", d.utility());
        o.put("aspiration", d.aspiration());
        o.put("modelAnswer", d.modelAnswer());
        ArrayNode red = o.putArray("redLinesCrossed");
        d.redLines().forEach(red::add);
        o.put("answered", d.answered());
        ObjectNode ideal = o.putObject("ideal");
        d.ideal().forEach(ideal::put);
        return o;
    }

    static ObjectNode round(Scenario s, RoundRecord round, Set<String> silent) {
        ObjectNode o = JSON.createObjectNode();
        o.put("round", round.round() + 1);
        o.set("draft", text(s, round.draft()));
        ArrayNode rs = o.putArray("responses");
        for (Response resp : round.responses()) {
            ObjectNode x = rs.addObject();
            x.put("delegation", resp.delegationId());
            x.put("response", resp.kind().name().toLowerCase(Locale.ROOT));
            x.put("utility", resp.utility());
            x.put("aspiration", resp.aspiration());
            x.put("byModelForSilentSeat", silent.contains(resp.delegationId()));
            ArrayNode crossed = x.putArray("redLinesCrossed");
            resp.redLinesCrossed().forEach(crossed::add);
            ArrayNode am = x.putArray("amendments");
            for (Amendment a : resp.amendments()) {
                ObjectNode y = am.addObject();
                y.put("clause", a.clauseId());
                y.put("position", a.position());
                y.put("loss", a.loss());
            }
        }
        ArrayNode dropped = o.putArray("droppedAfter");
        round.dropped().forEach(dropped::add);
        return o;
    }

    static ArrayNode text(Scenario s, Draft draft) {
        ArrayNode arr = JSON.createArrayNode();
        List<Clause> clauses = s.clauses();
        for (int c = 0; c < clauses.size(); c++) {
            ObjectNode o = arr.addObject();
            Clause clause = clauses.get(c);
            o.put("clause", clause.id());
            boolean dropped = draft.isDropped(c);
            o.put("dropped", dropped);
            if (dropped) {
                o.putNull("position");
                o.putNull("label");
            } else {
                o.put("position", draft.position(c));
                o.put("label", clause.nearestLabel(draft.position(c)));
            }
        }
        return arr;
    }
}
