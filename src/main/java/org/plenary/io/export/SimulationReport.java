package org.plenary.io.export;

import org.plenary.core.model.Scenario;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * What a Monte Carlo experiment reports.
 *
 * @param scenario     the scenario
 * @param scenarioFile the file as the user named it
 * @param sha256       hex SHA-256 of the file's bytes
 * @param engine       engine name
 * @param version      Plenary version
 * @param result       the statistics
 */
public record SimulationReport(Scenario scenario, String scenarioFile, String sha256, String engine, String version,
                               MonteCarloResult result) {
}
