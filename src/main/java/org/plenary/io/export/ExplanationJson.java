package org.plenary.io.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.core.explain.ClauseMove;
import org.plenary.core.explain.Explanation;
import org.plenary.core.explain.Flip;
import org.plenary.core.explain.Margin;
import org.plenary.core.explain.Pivot;
import org.plenary.core.explain.Pull;
import org.plenary.core.explain.StoryRound;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Draft;
import org.plenary.experiment.explain.Screening;

/** {@code plenary explain --format json}, shape {@value #FORMAT} documented in {@code docs/output-format.md}. */
public final class ExplanationJson {

    /** Identifier and version of the shape. */
    public static final String FORMAT = "plenary.explain/1";

    private ExplanationJson() {
    }

    /** The report as pretty-printed JSON followed by a newline (no timings: byte-identical for the same input). */
    public static String render(ExplainReport report) {
        Scenario s = report.scenario();
        Explanation e = report.explanation();
        ObjectNode root = JsonDocument.start(FORMAT, report.version(), s.metadata().title(), report.scenarioFile(),
                report.sha256());
        root.put("seed", report.seed());
        root.put("outcome", e.result().outcome().name());
        root.put("roundsUsed", e.result().roundsUsed());
        ArrayNode blockers = root.putArray("blockers");
        e.result().blockers().forEach(blockers::add);
        ArrayNode story = root.putArray("story");
        for (StoryRound r : e.story()) {
            ObjectNode o = story.addObject();
            o.put("round", r.round() + 1);
            o.put("quietRoundsBefore", r.foldedBefore());
            margins(o.putArray("accepting"), r.accepting().toArray(new Margin[0]));
            margins(o.putArray("turningToObject"), r.objecting().toArray(new Margin[0]));
            ArrayNode refusing = o.putArray("refusing");
            r.refusing().forEach(refusing::add);
            o.put("tabledForAdoption", r.forAdoption());
            ArrayNode reserving = o.putArray("reserving");
            r.reserving().forEach(reserving::add);
            ArrayNode callingVote = o.putArray("callingVote");
            r.callingVote().forEach(callingVote::add);
            ArrayNode dropped = o.putArray("dropped");
            r.dropped().forEach(dropped::add);
            ArrayNode moves = o.putArray("moves");
            for (ClauseMove m : r.moves()) {
                ObjectNode mo = moves.addObject();
                mo.put("clause", m.clauseId());
                mo.put("from", m.from());
                mo.put("to", m.to());
                ArrayNode pulls = mo.putArray("pulls");
                for (Pull p : m.pulls()) {
                    pulls.addObject().put("delegation", p.delegationId()).put("points", p.amount());
                }
                mo.put("unexplained", m.unexplained());
            }
        }
        ArrayNode pivots = root.putArray("pivots");
        for (Pivot p : e.pivots()) {
            pivots.addObject().put("delegation", p.delegationId()).put("role", p.role().name()).put("margin", p.margin());
        }
        ArrayNode flips = root.putArray("flips");
        for (Flip f : e.flips()) {
            ObjectNode o = flips.addObject();
            o.put("delegation", f.delegationId());
            o.put("field", f.lever().field());
            if (f.clauseId() == null) {
                o.putNull("clause");
            } else {
                o.put("clause", f.clauseId());
            }
            o.put("from", f.from());
            o.put("to", f.to());
            o.put("change", f.to() - f.from());
            o.put("outcome", f.outcome().name());
        }
        root.put("flipSearchRuns", e.trials());
        Draft c = e.closest();
        if (c == null) {
            root.putNull("closestAcceptableText");
        } else {
            ObjectNode text = root.putObject("closestAcceptableText");
            for (int k = 0; k < s.clauses().size(); k++) {
                if (c.isDropped(k)) {
                    text.putNull(s.clauses().get(k).id());
                } else {
                    text.put(s.clauses().get(k).id(), c.position(k));
                }
            }
        }
        Screening.Result m = report.screening();
        if (m == null) {
            root.putNull("monteCarlo");
        } else {
            ObjectNode mc = root.putObject("monteCarlo");
            mc.put("runs", m.runs());
            mc.put("pConsensus", m.pConsensus());
            mc.put("consensusRuns", m.consensusRuns());
            mc.put("fragileRuns", m.fragileRuns());
            mc.put("fragileMargin", m.threshold());
            ArrayNode effects = mc.putArray("effects");
            for (Screening.Effect x : m.effects()) {
                ObjectNode o = effects.addObject();
                o.put("delegation", x.delegationId());
                o.put("field", x.lever().field());
                if (x.clauseId() == null) {
                    o.putNull("clause");
                } else {
                    o.put("clause", x.clauseId());
                }
                o.put("low", x.low());
                o.put("high", x.high());
                o.put("pLow", x.pLow());
                o.put("pHigh", x.pHigh());
                o.put("effect", x.effect());
            }
        }
        return JsonDocument.render(root);
    }

    private static void margins(ArrayNode array, Margin... margins) {
        for (Margin m : margins) {
            array.addObject().put("delegation", m.delegationId()).put("utility", m.utility())
                    .put("aspiration", m.aspiration()).put("margin", m.margin());
        }
    }
}
