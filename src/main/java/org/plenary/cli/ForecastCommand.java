package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.plenary.core.baseline.BaselineReport;
import org.plenary.core.baseline.Baselines;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.Engine;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.export.AtomicFile;
import org.plenary.io.export.ForecastCsv;
import org.plenary.io.export.ForecastJson;
import org.plenary.io.export.ForecastReport;
import org.plenary.io.export.ForecastText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary forecast SCENARIO}: the classic baselines beside the agent-based outcome. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        header = "The classic forecasting models beside the agent-based result.",
        description = "Forecasts every clause with the classic models (compromise, weighted median, Nash "
            + "bargaining, Bueno de Mesquita's expected utility) and compares each with the agent-based "
            + "model's median text over a Monte Carlo (local engine, the scenario's seed unless --seed).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:invalid scenario or options; nothing written"})
final class ForecastCommand implements Callable<Integer> {

    /** Output formats of a forecast. */
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Mixin
    SeedOption seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the output to FILE instead of standard output: a regular file is replaced "
                    + "atomically (through a symbolic link, the link kept); a device or FIFO (/dev/stdout) is "
                    + "written into; a folder is refused.")
    Path out;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "2000",
            description = "Runs of the agent-based Monte Carlo (default: ${DEFAULT-VALUE}).")
    long runs;

    @Mixin
    ThreadsOption threads;

    @Mixin
    UncertaintyOption uncertainty;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new InputException("plenary forecast: invalid value for option '--runs': " + runs
                    + " (must be at least 1)");
        }
        int k = threads.resolve(spec);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario scenario = uncertainty.apply(ScenarioFiles.load(scenarioFile, stderr));
        if (out != null) {
            AtomicFile.check(out, scenarioFile);
        }
        long s = seed.or(scenario.seed());
        BaselineReport baselines = Baselines.compute(scenario);
        try (Engine engine = new LocalEngine()) {
            RunResult run = engine.negotiate(scenario, s, 0, false);
            MonteCarloResult mc = new MonteCarlo(scenario, engine).run(new MonteCarloSettings(runs, s, k));
            ForecastReport report = new ForecastReport(scenario, scenarioFile.toString(),
                    ScenarioFiles.sha256(scenarioFile), s, engine.name(), Version.current(), baselines, run, mc);
            String text = switch (format) {
                case json -> ForecastJson.render(report);
                case csv -> ForecastCsv.render(report);
                case text -> ForecastText.render(report);
            };
            if (out != null) {
                AtomicFile.write(out, text);
            } else {
                stdout.print(text);
                stdout.flush();
            }
        }
        return ExitCode.OK;
    }
}
