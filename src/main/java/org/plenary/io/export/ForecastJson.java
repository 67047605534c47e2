package org.plenary.io.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.core.baseline.Forecast;
import org.plenary.core.baseline.NashSolution;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Scenario;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * The JSON form of a forecast report, shape {@value #FORMAT} documented in
 * {@code docs/output-format.md}. Built node by node so that field order and names are fixed here.
 */
public final class ForecastJson {

    /** Identifier and version of the shape; bumped on any incompatible change. */
    public static final String FORMAT = "plenary.forecast/2";

    private static final ObjectMapper MAPPER = JsonDocument.MAPPER;

    private ForecastJson() {
    }

    /** The report as pretty-printed JSON followed by a newline. */
    public static String render(ForecastReport report) {
        return JsonDocument.render(tree(report));
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(ForecastReport report) {
        Scenario s = report.scenario();
        ObjectNode root = JsonDocument.start(FORMAT, report.version(), s.metadata().title(), report.scenarioFile(),
                report.sha256());
        root.put("loss", s.protocol().loss().name().toLowerCase());
        ObjectNode agent = root.putObject("agentRun");
        agent.put("seed", report.seed());
        agent.put("engine", report.engine());
        agent.put("outcome", report.run().outcome().name());
        agent.put("roundsUsed", report.run().roundsUsed());
        MonteCarloResult mc = report.monteCarlo();
        ObjectNode monteCarlo = root.putObject("monteCarlo");
        monteCarlo.put("runs", mc.runs());
        monteCarlo.put("seed", mc.seed());
        monteCarlo.put("consensus", mc.consensus().estimate());
        monteCarlo.put("adoptedByVote", mc.adoptedByVote().estimate());
        monteCarlo.put("noAgreement", mc.noAgreement().estimate());
        NashSolution nash = report.baselines().nash();
        ObjectNode n = root.putObject("nash");
        n.put("status", nash.status().name());
        ArrayNode bargainers = n.putArray("bargainers");
        nash.bargainers().forEach(bargainers::add);
        ArrayNode excluded = n.putArray("excluded");
        nash.excluded().forEach(excluded::add);
        if (Double.isFinite(nash.logProduct())) {
            n.put("logProduct", nash.logProduct());
        } else {
            n.putNull("logProduct");
        }
        ObjectNode eu = root.putObject("expectedUtility");
        eu.put("rounds", report.baselines().challengeRuns().isEmpty() ? 0
                : report.baselines().challengeRuns().get(0).rounds());
        ArrayNode clauses = root.putArray("clauses");
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            Forecast f = report.baselines().forecasts().get(c);
            ObjectNode o = clauses.addObject();
            o.put("clause", clause.id());
            ObjectNode a = o.putObject("agent");
            ClauseStats stats = report.agentClause(c);
            number(a, "position", stats.p50());
            number(a, "p5", stats.p5());
            number(a, "p95", stats.p95());
            a.put("inText", report.agentInText(c));
            if (Double.isNaN(stats.p50())) {
                a.putNull("label");
            } else {
                a.put("label", clause.nearestLabel(stats.p50()));
            }
            ObjectNode models = o.putObject("baselines");
            for (ForecastReport.Model m : ForecastReport.Model.values()) {
                ObjectNode b = models.putObject(m.key());
                b.put("position", m.of(f));
                b.put("label", clause.nearestLabel(m.of(f)));
                number(b, "distance", report.distance(m, c));
            }
        }
        return root;
    }

    /** A number, or null when undefined (a clause no run adopted). */
    private static void number(ObjectNode o, String name, double x) {
        if (Double.isNaN(x)) {
            o.putNull(name);
        } else {
            o.put(name, x);
        }
    }
}
