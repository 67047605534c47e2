package org.plenary.io.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.DelegationStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * What the charts of a Monte Carlo experiment show, from a result in memory or from the
 * {@code summary.json} a simulation wrote ({@code plenary.simulate/1}).
 *
 * @param title        scenario title
 * @param runs         number of runs
 * @param outcomes     P(consensus), P(adopted by vote), P(no agreement), in that order
 * @param blockers     P(blocker) per delegation, labelled by delegation id, sorted by id
 * @param clauses      final-position distribution per clause, in the scenario's order
 * @param roundsCounts roundsCounts.get(r) = runs that used r rounds (index 0 unused)
 */
public record SimulationSummary(String title, long runs, List<Estimate> outcomes, List<Estimate> blockers,
                                List<Spread> clauses, List<Long> roundsCounts) {

    /** Labels of the three outcomes, in the order of {@link #outcomes()}. */
    public static final List<String> OUTCOME_LABELS = List.of("consensus", "adopted by vote", "no agreement");

    public SimulationSummary {
        outcomes = List.copyOf(outcomes);
        blockers = List.copyOf(blockers);
        clauses = List.copyOf(clauses);
        roundsCounts = List.copyOf(roundsCounts);
    }

    /** The summary of a result in memory. */
    public static SimulationSummary of(String title, MonteCarloResult r) {
        List<Estimate> outcomes = List.of(estimate(OUTCOME_LABELS.get(0), r.consensus()),
                estimate(OUTCOME_LABELS.get(1), r.adoptedByVote()), estimate(OUTCOME_LABELS.get(2), r.noAgreement()));
        List<Estimate> blockers = new ArrayList<>();
        for (DelegationStats d : r.delegations()) {
            blockers.add(estimate(d.delegationId(), d.blocker()));
        }
        List<Spread> clauses = new ArrayList<>();
        for (ClauseStats c : r.clauses()) {
            clauses.add(new Spread(c.clauseId(), c.mean(), c.p5(), c.p50(), c.p95(), c.inText().estimate()));
        }
        return new SimulationSummary(title, r.runs(), outcomes, blockers, clauses, r.roundsCounts());
    }

    /**
     * Reads a {@code summary.json}: a regular file of at most {@link ResultInput#SUMMARY_BYTES} bytes.
     *
     * @throws IOException when it cannot be read or is not a {@code plenary.simulate/1} summary
     */
    public static SimulationSummary read(Path file) throws IOException {
        JsonNode root;
        try (java.io.InputStream in = ResultInput.open(file, ResultInput.SUMMARY_BYTES, "simulation summaries")) {
            root = new ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file.getFileName() + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.path("format").asText().startsWith("plenary.simulate/")) {
            throw new IOException(file + ": not a simulation summary (format plenary.simulate/1)");
        }
        JsonNode o = root.path("outcomes");
        List<Estimate> outcomes = List.of(estimate(OUTCOME_LABELS.get(0), o.path("consensus")),
                estimate(OUTCOME_LABELS.get(1), o.path("adoptedByVote")),
                estimate(OUTCOME_LABELS.get(2), o.path("noAgreement")));
        List<Estimate> blockers = new ArrayList<>();
        for (JsonNode d : root.path("delegations")) {
            blockers.add(estimate(d.path("delegation").asText(), d.path("blocker")));
        }
        List<Spread> clauses = new ArrayList<>();
        for (JsonNode c : root.path("clauses")) {
            clauses.add(new Spread(c.path("clause").asText(), number(c.path("mean")), number(c.path("p5")),
                    number(c.path("p50")), number(c.path("p95")),
                    // "survives" in plenary.simulate/1 and /2
                    number((c.has("inText") ? c.path("inText") : c.path("survives")).path("p"))));
        }
        List<Long> counts = new ArrayList<>();
        counts.add(0L);
        for (JsonNode d : root.path("rounds").path("distribution")) {
            int t = d.path("rounds").asInt();
            while (counts.size() <= t) {
                counts.add(0L);
            }
            counts.set(t, d.path("runs").asLong());
        }
        return new SimulationSummary(root.path("scenario").path("title").asText(""), root.path("runs").asLong(),
                outcomes, blockers, clauses, counts);
    }

    private static Estimate estimate(String label, Proportion p) {
        return new Estimate(label, p.estimate(), p.lower(), p.upper());
    }

    private static Estimate estimate(String label, JsonNode p) {
        return new Estimate(label, number(p.path("p")), number(p.path("lower")), number(p.path("upper")));
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }
}
