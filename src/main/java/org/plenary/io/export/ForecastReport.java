package org.plenary.io.export;

import org.plenary.core.baseline.BaselineReport;
import org.plenary.core.baseline.Forecast;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.RunResult;

/**
 * What {@code plenary forecast} reports: the baseline forecasts beside the final text of one
 * deterministic agent-based run.
 *
 * @param scenario     the scenario
 * @param scenarioFile the file as the user named it
 * @param sha256       hex SHA-256 of the scenario file's bytes
 * @param seed         seed of the agent-based run
 * @param engine       engine name of the agent-based run
 * @param version      Plenary version
 * @param baselines    the baseline forecasts
 * @param run          the agent-based run
 */
public record ForecastReport(Scenario scenario, String scenarioFile, String sha256, long seed, String engine,
                             String version, BaselineReport baselines, RunResult run) {

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
     * The position that holds for clause c after the agent-based run: the final text's, or the status
     * quo when the run dropped the clause.
     */
    public double agentOutcome(int c) {
        Draft text = run.finalText();
        return text.isDropped(c) ? scenario.clauses().get(c).statusQuo() : text.position(c);
    }

    /** Whether the agent-based run dropped clause c. */
    public boolean agentDropped(int c) {
        return run.finalText().isDropped(c);
    }

    /** |model's forecast − agent-based outcome| for clause c. */
    public double distance(Model model, int c) {
        return Math.abs(model.of(baselines.forecasts().get(c)) - agentOutcome(c));
    }
}
