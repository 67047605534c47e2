package org.plenary.web;

import java.util.Locale;
import java.util.Set;

import org.plenary.core.model.Scenario;
import org.plenary.io.export.RunJson;
import org.plenary.core.protocol.Draft;
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

    /** A round as {@code plenary run --format json} gives it, each response marked when the model answered a silent seat. */
    static ObjectNode round(Scenario s, RoundRecord round, Set<String> silent) {
        ObjectNode o = RunJson.round(s, round);
        for (com.fasterxml.jackson.databind.JsonNode x : o.get("responses")) {
            ((ObjectNode) x).put("byModelForSilentSeat", silent.contains(x.get("delegation").asText()));
        }
        return o;
    }

    static ArrayNode text(Scenario s, Draft draft) {
        return RunJson.text(s, draft);
    }
}
