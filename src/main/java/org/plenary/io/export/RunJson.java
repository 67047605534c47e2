package org.plenary.io.export;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plenary.io.scenario.FieldPath;
import org.plenary.io.scenario.FieldSpec;
import org.plenary.io.scenario.ScenarioFields;

import org.plenary.core.model.Clause;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Amendment;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Fragility;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;

/**
 * The JSON form of a run, shape {@value #FORMAT} documented in {@code docs/output-format.md}.
 * Built node by node so that field order and names are fixed by this class, not by reflection.
 */
public final class RunJson {

    /** Identifier and version of the shape; bumped on any incompatible change. */
    public static final String FORMAT = "plenary.run/2";

    private static final ObjectMapper MAPPER = JsonDocument.MAPPER;

    private RunJson() {
    }

    /** The report as pretty-printed JSON followed by a newline. */
    public static String render(RunReport report) {
        return JsonDocument.render(tree(report));
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(RunReport report) {
        Scenario s = report.scenario();
        RunResult r = report.result();
        Negotiation g = new Negotiation(s);
        ObjectNode root = JsonDocument.start(FORMAT, report.version(), s.metadata().title(), report.scenarioFile(),
                report.sha256());
        root.put("seed", report.seed());
        root.put("engine", report.engine());
        ObjectNode pr = root.putObject("protocol");
        for (FieldSpec f : ScenarioFields.section("protocol").fields()) {
            pr.set(f.key(), JsonDocument.MAPPER.valueToTree(FieldPath.of("protocol", f.key(), null, null).value(s)));
        }
        Protocol p = s.protocol();
        if (p.forum() == null) {
            pr.putNull("forum");
        } else {
            pr.put("forum", p.forum().key());
        }
        if (s.chair() == null) {
            root.putNull("chair");
        } else {
            ObjectNode ch = root.putObject("chair");
            ch.put("name", s.chair().name());
            ch.put("weight", s.chair().weight());
            ObjectNode pos = ch.putObject("positions");
            for (Clause c : s.clauses()) {
                Double y = s.chair().positions().get(c.id());
                if (y != null) {
                    pos.put(c.id(), y);
                }
            }
        }
        root.put("outcome", r.outcome().name());
        root.put("roundsUsed", r.roundsUsed());
        root.set("finalText", text(s, r.finalText()));
        ArrayNode blockers = root.putArray("blockers");
        r.blockers().forEach(blockers::add);
        ArrayNode dels = root.putArray("delegations");
        for (int i = 0; i < g.delegations(); i++) {
            ObjectNode d = dels.addObject();
            d.put("id", g.id(i));
            d.put("batna", g.batna(i));
            d.put("utility", g.utility(i, r.finalText().positions(), r.finalText().dropped()));
            d.put("gain", r.gains().get(g.id(i)));
            d.put("blocker", r.blockers().contains(g.id(i)));
            d.put("margin", r.margins().get(g.id(i)));
            d.put("resistancePoint", g.resistancePoint(i));
            d.put("callsVotes", g.callsVotes(i));
            List<String> reserved = r.reservations().get(g.id(i));
            if (reserved == null) {
                d.putNull("reservations");
            } else {
                reserved.forEach(d.putArray("reservations")::add);
            }
        }
        ObjectNode fr = root.putObject("fragility");
        fr.put("smallMargin", Fragility.SMALL_MARGIN);
        fr.put("lastRound", r.lastRound());
        String closest = null;
        for (int i = 0; i < g.delegations(); i++) {
            String id = g.id(i);
            if (!r.blockers().contains(id) && !r.reservations().containsKey(id) && (closest == null || r.margins().get(id) < r.margins().get(closest))) {
                closest = id;
            }
        }
        if (closest == null || !r.outcome().adopted()) {
            fr.putNull("closestDelegation");
            fr.putNull("closestMargin");
            fr.put("fragile", false);
        } else {
            fr.put("closestDelegation", closest);
            fr.put("closestMargin", r.margins().get(closest));
            fr.put("fragile", r.margins().get(closest) < Fragility.SMALL_MARGIN);
        }
        ArrayNode divergent = root.putArray("divergent");
        r.divergent().forEach(divergent::add);
        if (r.vote() == null) {
            root.putNull("vote");
        } else {
            ObjectNode v = root.putObject("vote");
            v.put("yes", r.vote().yes());
            v.put("no", r.vote().no());
            v.put("abstain", r.vote().abstain());
            v.put("share", r.vote().share());
            v.put("threshold", r.vote().threshold());
            r.vote().calledBy().forEach(v.putArray("calledBy")::add);
        }
        ArrayNode rounds = root.putArray("rounds");
        for (RoundRecord round : r.transcript()) {
            rounds.add(round(s, round));
        }
        return root;
    }


    /** One round as in {@code rounds[]} of {@code plenary.run/2} (the classroom room's transcript uses it too). */
    public static ObjectNode round(Scenario s, RoundRecord round) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("round", round.round() + 1);
        o.put("forAdoption", round.forAdoption());
        o.set("draft", text(s, round.draft()));
        ArrayNode rs = o.putArray("responses");
        for (Response resp : round.responses()) {
            ObjectNode x = rs.addObject();
            x.put("delegation", resp.delegationId());
            x.put("response", resp.kind().word());
            if (resp.ballot() == null) {
                x.putNull("ballot");
            } else {
                x.put("ballot", resp.ballot().word());
            }
            resp.reservations().forEach(x.putArray("reservations")::add);
            x.put("utility", resp.utility());
            x.put("aspiration", resp.aspiration());
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
        if (round.forecast() == null) {
            o.putNull("forecast");
        } else {
            ObjectNode f = o.putObject("forecast");
            f.put("yes", round.forecast().yes());
            f.put("no", round.forecast().no());
            f.put("abstain", round.forecast().abstain());
            f.put("adopts", round.voteWouldAdopt());
        }
        return o;
    }

    /** A text as in {@code finalText} of {@code plenary.run/2}. */
    public static ArrayNode text(Scenario s, Draft draft) {
        ArrayNode arr = MAPPER.createArrayNode();
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
