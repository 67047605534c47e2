package org.plenary.io.export;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;

/**
 * What a single run reports: the scenario, how it was run, and the result.
 *
 * @param scenario     the scenario played
 * @param scenarioFile the file as the user named it
 * @param sha256       hex SHA-256 of the scenario file's bytes
 * @param seed         the seed used
 * @param engine       engine name
 * @param version      Plenary version
 * @param result       the run, with its transcript
 */
public record RunReport(Scenario scenario, String scenarioFile, String sha256, long seed, String engine,
                        String version, RunResult result) {
}
