package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.plenary.core.explain.Explanation;
import org.plenary.core.model.Scenario;
import org.plenary.experiment.explain.Screening;
import org.plenary.io.export.ExplainReport;
import org.plenary.io.export.ExplanationJson;
import org.plenary.io.export.ExplanationText;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary explain SCENARIO}: why the run ends as it does, and the smallest changes that would change it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Why a negotiation ends as it does, and the smallest changes that would change it.",
        description = "Tells the story of one run (the rounds that changed something, who pulled each clause "
            + "where), the pivotal delegations with their margins, and for each delegation the smallest single "
            + "change of its position, salience, red line or concession that flips the outcome, found by a "
            + "grid scan and bisection. With --runs N also which inputs move P(consensus) most (one at a time) "
            + "and how many consensus outcomes hang on a small margin.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:invalid scenario or options"})
final class ExplainCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Mixin
    SeedOption seed;

    @Option(names = "--delegation", paramLabel = "ID",
            description = "Search the flips of this delegation only (default: every negotiating delegation).")
    String delegation;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "0",
            description = "Also screen a Monte Carlo of N runs: which inputs move P(consensus) most (default: none).")
    long runs;

    @Option(names = "--fragile", paramLabel = "M", defaultValue = "0.01",
            description = "A consensus run is fragile when some delegation's margin in the deciding round is "
                + "below M (default: ${DEFAULT-VALUE}).")
    double fragile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ThreadsOption threads;

    @Mixin
    UncertaintyOption uncertainty;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (runs < 0 || runs > 1_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--runs': " + runs + " (must be 0 to 1000000)");
        }
        if (!(fragile >= 0 && fragile <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--fragile': " + fragile + " (must be 0 to 1)");
        }
        int k = threads.resolve(spec);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario scenario = uncertainty.apply(ScenarioFiles.load(scenarioFile, stderr));
        if (delegation != null && scenario.delegations().stream()
                .noneMatch(d -> d.id().equals(delegation) && d.kind().negotiates())) {
            throw new InputException("plenary: --delegation " + delegation
                    + ": no negotiating delegation of that id in " + scenarioFile);
        }
        long s = seed.or(scenario.seed());
        long t0 = System.nanoTime();
        Explanation e = Explanation.of(scenario, s, 0, delegation);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Screening.Result screening = runs > 0 ? new Screening(scenario, s, runs).run(k, fragile) : null;
        ExplainReport report = new ExplainReport(scenario, scenarioFile.toString(), ScenarioFiles.sha256(scenarioFile),
                s, Version.current(), e, screening, millis);
        stdout.print(format == Format.json ? ExplanationJson.render(report) : ExplanationText.render(report));
        stdout.flush();
        return ExitCode.OK;
    }
}
