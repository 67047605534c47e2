package org.plenary.io.export;

import org.plenary.core.baseline.BaselineReport;
import org.plenary.core.baseline.Forecast;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * What {@code plenary forecast} reports: the baseline forecasts beside the agent-based model's
 * Monte Carlo median text (per clause the median final position over the runs whose adopted text
 * holds it), the product's answer, rather than one run that is a single draw.
 *
 * @param scenario     the scenario
 * @param scenarioFile the file as the user named it
 * @param sha256       hex SHA-256 of the scenario file's bytes
 * @param seed         seed of the agent-based run
 * @param engine       engine name of the agent-based run
 * @param version      Plenary version
 * @param baselines    the baseline forecasts
 * @param run          one agent-based run with the seed (its outcome is shown beside the likelihoods)
 * @param monteCarlo   the agent-based Monte Carlo with the seed, whose median text the baselines meet
 */
public record ForecastReport(Scenario scenario, String scenarioFile, String sha256, long seed, String engine,
                             String version, BaselineReport baselines, RunResult run, MonteCarloResult monteCarlo) {

    /** The models in the order of every output, with their names in JSON and CSV. */
    public enum Model {
        COMPROMISE("compromise"), WEIGHTED_MEDIAN("weighted_median"), NASH("nash"),
        EXPECTED_UTILITY("expected_utility");

        private final String key;

        Model(String key) {
            this.key = key;
        }

        /** Name in JSON and CSV. */
        public String key() {
            return key;
        }

        /** This model's value in a forecast. */
        public double of(Forecast f) {
            return switch (this) {
                case COMPROMISE -> f.compromise();
                case WEIGHTED_MEDIAN -> f.weightedMedian();
                case NASH -> f.nash();
                case EXPECTED_UTILITY -> f.expectedUtility();
            };
        }
    }

    /**
     * The agent-based forecast of clause c: the median final position over the Monte Carlo runs whose
     * adopted text holds the clause; NaN when no run adopted it.
     */
    public double agentOutcome(int c) {
        return monteCarlo.clauses().get(c).p50();
    }

    /** The Monte Carlo statistics of clause c. */
    public ClauseStats agentClause(int c) {
        return monteCarlo.clauses().get(c);
    }

    /** Share of the Monte Carlo runs whose adopted text holds clause c. */
    public double agentInText(int c) {
        return monteCarlo.clauses().get(c).inText().estimate();
    }

    /** |model's forecast − agent-based median| for clause c; NaN when no run adopted the clause. */
    public double distance(Model model, int c) {
        return Math.abs(model.of(baselines.forecasts().get(c)) - agentOutcome(c));
    }
}
