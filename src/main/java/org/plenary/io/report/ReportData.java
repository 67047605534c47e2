package org.plenary.io.report;

import org.plenary.core.explain.Explanation;
import org.plenary.core.baseline.BaselineReport;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * Everything a classroom report shows.
 *
 * @param scenario     the scenario
 * @param scenarioFile the scenario file as the user named it
 * @param sha256       hex SHA-256 of the scenario file's bytes
 * @param seed         seed of the deterministic run and of the Monte Carlo experiment
 * @param engine       engine name
 * @param version      Plenary version
 * @param run          the deterministic run (run 0 of the seed), with its transcript
 * @param monteCarlo   the Monte Carlo experiment
 * @param baselines    the baseline forecasts
 * @param explanation  why the deterministic run ends as it does, or null to leave the section out
 */
public record ReportData(Scenario scenario, String scenarioFile, String sha256, long seed, String engine,
                         String version, RunResult run, MonteCarloResult monteCarlo, BaselineReport baselines,
                         Explanation explanation) {

    /** A report without the "Why" section. */
    public ReportData(Scenario scenario, String scenarioFile, String sha256, long seed, String engine, String version,
                      RunResult run, MonteCarloResult monteCarlo, BaselineReport baselines) {
        this(scenario, scenarioFile, sha256, seed, engine, version, run, monteCarlo, baselines, null);
    }
}
