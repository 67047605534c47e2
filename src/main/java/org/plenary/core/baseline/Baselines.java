package org.plenary.core.baseline;

import java.util.ArrayList;
import java.util.List;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;

/**
 * The one entry point for the baseline models: compiles a scenario and computes the compromise
 * model, the weighted median, the Nash bargaining solution and the expected-utility model for every
 * clause. Deterministic; independent of the order of delegations in the scenario.
 */
public final class Baselines {

    private Baselines() {
    }

    /** All baselines with the expected-utility model's defaults (10 rounds, least-change offers). */
    public static BaselineReport compute(Scenario scenario) {
        return compute(new Negotiation(scenario), new ExpectedUtilityModel());
    }

    /** All baselines on a compiled scenario, with the given expected-utility model. */
    public static BaselineReport compute(Negotiation g, ExpectedUtilityModel eu) {
        double[] compromise = CompromiseModel.text(g);
        double[] median = WeightedMedian.text(g);
        NashSolution nash = NashBargaining.solve(g);
        List<Forecast> forecasts = new ArrayList<>();
        List<ChallengeRun> runs = new ArrayList<>();
        for (int c = 0; c < g.clauses(); c++) {
            ChallengeRun run = eu.clause(g, c);
            runs.add(run);
            forecasts.add(new Forecast(g.clauseId(c), compromise[c], median[c], nash.position(c), run.forecast()));
        }
        return new BaselineReport(forecasts, nash, runs);
    }
}
