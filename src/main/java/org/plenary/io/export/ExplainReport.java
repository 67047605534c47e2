package org.plenary.io.export;

import org.plenary.core.explain.Explanation;
import org.plenary.core.model.Scenario;
import org.plenary.experiment.explain.Screening;

/**
 * What {@code plenary explain} reports.
 *
 * @param scenario     the scenario explained
 * @param scenarioFile the file as the user named it
 * @param sha256       hex SHA-256 of the file's bytes
 * @param seed         the seed
 * @param version      Plenary version
 * @param explanation  the run explained
 * @param screening    the Monte Carlo screening, or null when not asked for
 * @param millis       time the flip search took (text output only; not in the JSON)
 */
public record ExplainReport(Scenario scenario, String scenarioFile, String sha256, long seed, String version,
                            Explanation explanation, Screening.Result screening, long millis) {
}
