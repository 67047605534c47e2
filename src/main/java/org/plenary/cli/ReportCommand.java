package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.plenary.core.baseline.Baselines;
import org.plenary.core.explain.Explanation;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.Engine;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.export.AtomicFile;
import org.plenary.io.report.HtmlReport;
import org.plenary.io.report.ReportData;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary report SCENARIO}: one self-contained HTML page for the classroom. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Writes a self-contained HTML report for the classroom.",
        description = "Writes one self-contained HTML page (no network needed; charts inline as SVG): the "
            + "scenario with the rationale and source of every number, the round-by-round transcript of "
            + "a deterministic run, the Monte Carlo results, the baseline forecasts and how to "
            + "reproduce them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:invalid scenario or options; nothing written",
            "130:interrupted (Ctrl-C); nothing written"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "10000",
            description = "Monte Carlo runs (default: ${DEFAULT-VALUE}).")
    long runs;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "The HTML file to write (default: results/<scenario name>-report.html): a regular file "
                    + "is replaced atomically (through a symbolic link, the link kept); a device or FIFO is written "
                    + "into; a folder is refused.")
    Path out;

    @Mixin
    QuietOption quiet;

    @Mixin
    UncertaintyOption uncertainty;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--runs': " + runs + " (must be at least 1)");
        }
        int k = threads.resolve(spec);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario scenario = uncertainty.apply(ScenarioFiles.load(scenarioFile, stderr));
        String sha = ScenarioFiles.sha256(scenarioFile);
        long s = seed.or(scenario.seed());
        Path target = out != null ? out : ScenarioFiles.defaultOutput(scenarioFile, "-report.html");
        AtomicFile.check(target, scenarioFile);
        RunResult run;
        String engineName;
        try (Engine engine = new LocalEngine()) {
            run = engine.negotiate(scenario, s, 0, true);
            engineName = engine.name();
        }
        MonteCarloResult mc;
        try (Progress progress = Progress.ofRuns("report", runs,
                quiet.progressBar(), stderr)) {
            mc = new MonteCarlo(scenario).run(new MonteCarloSettings(runs, s, k), progress, null);
        }
        ReportData data = new ReportData(scenario, scenarioFile.toString(), sha, s, engineName, Version.current(), run,
                mc, Baselines.compute(scenario), Explanation.of(scenario, s, 0, null));
        AtomicFile.write(target, HtmlReport.render(data));
        if (!quiet.quiet()) {
            stdout.println("Report in " + target);
            stdout.flush();
        }
        return ExitCode.OK;
    }
}
