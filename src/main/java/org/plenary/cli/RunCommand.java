package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.Engine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.export.AtomicFile;
import org.plenary.io.export.LikelihoodText;
import org.plenary.io.export.RunJson;
import org.plenary.io.export.RunReport;
import org.plenary.io.export.TranscriptText;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary run SCENARIO}: one negotiation, round by round. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Plays one negotiation and prints it round by round.",
        description = "Plays one negotiation of the scenario and prints its transcript: per round the draft, "
            + "every delegation's answer, the amendments; then the outcome, and how likely each outcome is over "
            + "a short Monte Carlo with the same seed (text only; --no-likelihood leaves it out).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error, or (--engine jade) a delegation agent died or did not "
            + "answer, or the JADE platform failed", "2:invalid scenario or options; nothing written"})
final class RunCommand implements Callable<Integer> {

    /** Output formats of a run. */
    enum Format { text, json }

    /** When to colour text output. */
    enum Colour { auto, always, never }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Mixin
    SeedOption seed;

    @Option(names = "--rounds", paramLabel = "T", description = "Override protocol.maxRounds (1 to 10,000, as the field).")
    Integer rounds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the output to FILE instead of standard output: a regular file is replaced "
                    + "atomically (through a symbolic link, the link kept); a device or FIFO (/dev/stdout) is "
                    + "written into; a folder is refused.")
    Path out;

    @Option(names = "--brief",
            description = "Fold rounds that repeat the one before and show only the clauses that moved and the "
                + "answers that changed.")
    boolean brief;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text transcript: auto (on a terminal), always or never.")
    Colour colour;

    @Option(names = "--likelihood-runs", paramLabel = "N", defaultValue = "2000",
            description = "Runs of the Monte Carlo whose outcome likelihoods end the text transcript, on the local "
                + "engine with the same seed (default: ${DEFAULT-VALUE}).")
    long likelihoodRuns;

    @Option(names = "--no-likelihood", description = "End the text transcript with the run's outcome alone, without "
            + "the Monte Carlo likelihoods.")
    boolean noLikelihood;

    @Mixin
    UncertaintyOption uncertainty;

    @Mixin
    VerboseOption verbose;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rounds != null && (rounds < 1 || rounds > Protocol.MAX_ROUNDS)) {
            throw new InputException("plenary run: invalid value for option '--rounds': " + rounds
                    + " (protocol.maxRounds allows 1 to " + String.format(Locale.ROOT, "%,d", Protocol.MAX_ROUNDS) + ")");
        }
        if (likelihoodRuns < 1) {
            throw new InputException("plenary run: invalid value for option '--likelihood-runs': " + likelihoodRuns
                    + " (must be at least 1; --no-likelihood leaves the likelihoods out)");
        }
        engineOptions.check(spec.commandLine());
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario scenario = uncertainty.apply(ScenarioFiles.load(scenarioFile, stderr));
        if (out != null) {
            AtomicFile.check(out, scenarioFile);
        }
        if (rounds != null) {
            scenario = scenario.withProtocol(scenario.protocol().withMaxRounds(rounds));
        }
        long s = seed.or(scenario.seed());
        RunResult result;
        try (EngineOptions.Opened opened = engineOptions.open()) {
            Engine engine = opened.engine();
            result = engine.negotiate(scenario, s, 0, true);
            RunReport report = new RunReport(scenario, scenarioFile.toString(), ScenarioFiles.sha256(scenarioFile), s,
                    engine.name(), Version.current(), result);
            String text = switch (format) {
                case json -> RunJson.render(report);
                case text -> new TranscriptText(useColour(), brief).render(report) + likelihood(scenario, s, result);
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

    /**
     * The Monte Carlo summary after the text transcript: always on the local engine (every engine gives
     * the same results, and a JADE platform would take minutes for it), with the run's seed.
     */
    private String likelihood(Scenario scenario, long s, RunResult result) throws InterruptedException {
        if (noLikelihood) {
            return "";
        }
        MonteCarloResult mc = new MonteCarlo(scenario).run(new MonteCarloSettings(likelihoodRuns, s,
                Runtime.getRuntime().availableProcessors()));
        return LikelihoodText.render(mc, result.outcome(), scenario.protocol().forum(), !scenario.uncertainty().isNone());
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> out == null && System.console() != null && System.getenv("NO_COLOR") == null
                    && CommandLine.Help.Ansi.AUTO.enabled();
        };
    }
}
