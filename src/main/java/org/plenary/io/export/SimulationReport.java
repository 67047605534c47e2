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
 * @param inputsAsWritten the scenario's uncertainty section was turned off ({@code --no-uncertainty}), so the
 *                        text says that the inputs were not redrawn
 */
public record SimulationReport(Scenario scenario, String scenarioFile, String sha256, String engine, String version,
                               MonteCarloResult result, boolean inputsAsWritten) {

    /** A report of runs that redrew what the scenario's uncertainty section says. */
    public SimulationReport(Scenario scenario, String scenarioFile, String sha256, String engine, String version,
                            MonteCarloResult result) {
        this(scenario, scenarioFile, sha256, engine, version, result, false);
    }
}
