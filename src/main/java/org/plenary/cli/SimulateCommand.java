package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.experiment.montecarlo.ChunkTally;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.distributed.DistributedManifest;
import org.plenary.io.distributed.Job;
import org.plenary.io.distributed.UnitResults;
import org.plenary.io.export.Manifest;
import org.plenary.io.export.OutputException;
import org.plenary.io.export.ResultFolder;
import org.plenary.io.export.RunsCsv;
import org.plenary.io.export.SimulationCsv;
import org.plenary.io.export.SimulationJson;
import org.plenary.io.export.SimulationReport;
import org.plenary.io.export.SimulationText;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary simulate SCENARIO --runs N}: Monte Carlo of the scenario. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Monte Carlo: how likely consensus is, on which text, who blocks.",
        description = "Plays the scenario many times, redrawing its uncertain inputs, and reports how likely "
            + "consensus, a vote or no agreement is (95%% Wilson intervals), the final text per clause, "
            + "who blocks, and the rounds used. Writes summary.json, outcomes.csv, clauses.csv, "
            + "delegations.csv, rounds.csv, manifest.json (and runs.csv with --per-run) into the "
            + "results folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error, or (--engine jade) a delegation agent died or did not "
            + "answer, or the JADE platform failed; nothing written", "2:invalid scenario or options; nothing written",
            "130:interrupted (Ctrl-C); nothing written"})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "10000",
            description = "Number of runs (default: ${DEFAULT-VALUE}).")
    long runs;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Results folder (default: results/<scenario name>-simulate). Replaced as a whole when it "
                    + "is new, empty or Plenary's own (its manifest.json says so and it holds nothing else); "
                    + "otherwise refused with exit code 2.")
    Path out;

    @Mixin
    ForceOption force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on standard output: text or json (default: ${DEFAULT-VALUE}).")
    RunCommand.Format format;

    @Option(names = "--per-run", description = "Also write runs.csv, one row per run.")
    boolean perRun;

    @Mixin
    UncertaintyOption uncertainty;

    @Mixin
    QuietOption quiet;

    @Mixin
    VerboseOption verbose;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    DistributedOptions distributed;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--runs': " + runs + " (must be at least 1)");
        }
        int k = threads.resolve(spec);
        distributed.check(spec.commandLine());
        engineOptions.check(spec.commandLine(), distributed.distributed);
        if (distributed.distributed && perRun) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Option '--per-run' cannot be used with '--distributed'");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario written = ScenarioFiles.load(scenarioFile, stderr);
        Scenario scenario = uncertainty.apply(written);
        String sha = ScenarioFiles.sha256(scenarioFile);
        long s = seed.or(scenario.seed());
        Path target = out != null ? out : ScenarioFiles.defaultOutput(scenarioFile, "-simulate");
        Instant start = Instant.now();
        MonteCarloResult result;
        try (ResultFolder folder = ResultFolder.stage(target, force.force()); Progress progress = Progress.ofRuns(
                "simulate", runs, quiet.progressBar(), stderr);
             EngineOptions.Opened opened = engineOptions.open()) {
            // The JADE engine plays runs one after another on one platform: one worker.
            int workers = opened.engine().concurrent() ? k : 1;
            String engineName = opened.engine().name();
            MonteCarloSettings settings = new MonteCarloSettings(runs, s, workers);
            MonteCarlo mc = new MonteCarlo(scenario, opened.engine());
            DistributedRun.Done shared = null;
            if (distributed.distributed) {
                MonteCarlo.Merger merger = mc.merger(settings);
                long chunks = MonteCarlo.chunks(runs);
                if (chunks > Integer.MAX_VALUE) {
                    throw new InputException("plenary simulate: --runs " + runs + " is too many chunks of "
                            + MonteCarlo.CHUNK + " runs for --distributed");
                }
                Job job = Job.simulate(scenarioFile.getFileName().toString(),
                        Files.readString(scenarioFile, java.nio.charset.StandardCharsets.UTF_8), sha, runs, s)
                        .withUncertainty(!uncertainty.off);
                long[] done = new long[1];
                shared = DistributedRun.run("simulate", distributed, engineOptions.host, k, job, (int) chunks,
                        Integer::toString, (unit, text) -> {
                    ChunkTally t = UnitResults.chunk(text, mc);
                    if (t.chunk() != unit) {
                        throw new IllegalArgumentException("the result of chunk " + t.chunk() + " came for chunk " + unit);
                    }
                    if (merger.add(t)) {
                        done[0] += t.counts()[0];
                        progress.accept(done[0]);
                    }
                }, progress, stderr);
                result = merger.result();
            } else if (perRun) {
                try (RunsCsv rows = new RunsCsv(folder.file("runs.csv"), new Negotiation(scenario))) {
                    result = mc.run(settings, progress, rows);
                }
            } else {
                result = mc.run(settings, progress, null);
            }
            progress.close();
            Instant end = Instant.now();
            SimulationReport report = new SimulationReport(scenario, scenarioFile.toString(), sha, engineName,
                    Version.current(), result, uncertainty.off && !written.uncertainty().isNone());
            try {
                Files.writeString(folder.file("summary.json"), SimulationJson.render(report));
                SimulationCsv.outcomes(result, folder.file("outcomes.csv"));
                SimulationCsv.clauses(result, folder.file("clauses.csv"));
                SimulationCsv.delegations(result, folder.file("delegations.csv"));
                SimulationCsv.rounds(result, folder.file("rounds.csv"));
                Manifest manifest = new Manifest("simulate", Version.current(), Manifest.path(scenarioFile), sha, s, runs,
                        workers, engineName, spec.commandLine().getParseResult().originalArgs(), start, end)
                        .withUncertainty(uncertainty.manifestValue(written));
                String json = manifest.toJson(folder.files());
                if (shared != null) {
                    json = DistributedManifest.with(json, shared.address(), shared.workers(), "chunks", shared.traffic());
                }
                Files.writeString(folder.file("manifest.json"), json);
            } catch (IOException e) {
                throw OutputException.failed(target, e, false);
            }
            folder.commit();
            if (!quiet.quiet()) {
                stdout.print(format == RunCommand.Format.json ? SimulationJson.render(report)
                        : SimulationText.render(report) + "\nResults in " + target + "\n");
                stdout.flush();
            }
        }
        return ExitCode.OK;
    }

}
