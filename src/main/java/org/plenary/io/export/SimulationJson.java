package org.plenary.io.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.core.stats.MeanEstimate;
import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.DelegationStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * {@code summary.json} of a Monte Carlo experiment, shape {@value #FORMAT} (docs/output-format.md).
 * Holds no timings or thread counts, so it is byte-identical for the same scenario, seed and runs.
 */
public final class SimulationJson {

    /** Identifier and version of the shape. */
    public static final String FORMAT = "plenary.simulate/3";

    private static final ObjectMapper MAPPER = JsonDocument.MAPPER;

    private SimulationJson() {
    }

    /** Pretty-printed JSON with a final newline. */
    public static String render(SimulationReport report) {
        return JsonDocument.render(tree(report));
    }

    /** The summary as a JSON tree. */
    public static ObjectNode tree(SimulationReport report) {
        MonteCarloResult r = report.result();
        ObjectNode root = JsonDocument.start(FORMAT, report.version(), report.scenario().metadata().title(), report.scenarioFile(),
                report.sha256());
        root.put("engine", report.engine());
        root.put("seed", r.seed());
        root.put("runs", r.runs());
        ObjectNode outcomes = root.putObject("outcomes");
        outcomes.set("consensus", proportion(r.consensus()));
        outcomes.set("adoptedByVote", proportion(r.adoptedByVote()));
        outcomes.set("noAgreement", proportion(r.noAgreement()));
        outcomes.set("consensusWithReservations", proportion(r.consensusWithReservations()));
        outcomes.set("chairSummary", proportion(r.chairSummary()));
        ObjectNode fragility = root.putObject("fragility");
        fragility.put("smallMargin", org.plenary.core.protocol.Fragility.SMALL_MARGIN);
        fragility.set("lastRound", proportion(r.lastRound()));
        fragility.set("fragile", proportion(r.fragile()));
        ArrayNode clauses = root.putArray("clauses");
        for (ClauseStats c : r.clauses()) {
            ObjectNode o = clauses.addObject();
            o.put("clause", c.clauseId());
            o.set("inText", proportion(c.inText()));
            number(o, "mean", c.mean());
            number(o, "sd", c.sd());
            number(o, "p5", c.p5());
            number(o, "p50", c.p50());
            number(o, "p95", c.p95());
        }
        ArrayNode dels = root.putArray("delegations");
        for (DelegationStats d : r.delegations()) {
            ObjectNode o = dels.addObject();
            o.put("delegation", d.delegationId());
            o.set("blocker", proportion(d.blocker()));
            o.set("gain", mean(d.gain()));
            o.set("margin", mean(d.margin()));
            o.set("smallMargin", proportion(d.smallMargin()));
            o.set("reservation", proportion(d.reservation()));
            o.set("callsVote", proportion(d.callsVote()));
        }
        ObjectNode rounds = mean(r.rounds());
        ArrayNode dist = rounds.putArray("distribution");
        for (int t = 1; t < r.roundsCounts().size(); t++) {
            ObjectNode o = dist.addObject();
            o.put("rounds", t);
            o.put("runs", r.roundsCounts().get(t));
        }
        root.set("rounds", rounds);
        return root;
    }

    private static ObjectNode proportion(Proportion p) {
        ObjectNode o = MAPPER.createObjectNode();
        number(o, "p", p.estimate());
        number(o, "lower", p.lower());
        number(o, "upper", p.upper());
        o.put("count", p.successes());
        o.put("level", p.level());
        return o;
    }

    private static ObjectNode mean(MeanEstimate m) {
        ObjectNode o = MAPPER.createObjectNode();
        number(o, "mean", m.mean());
        number(o, "lower", m.lower());
        number(o, "upper", m.upper());
        number(o, "sd", m.sd());
        o.put("level", m.level());
        return o;
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
