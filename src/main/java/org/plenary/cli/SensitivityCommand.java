package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.plenary.experiment.sensitivity.SobolEstimator;
import org.plenary.experiment.sensitivity.SobolIndex;
import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.io.distributed.DistributedManifest;
import org.plenary.io.export.AtomicFile;
import org.plenary.io.export.Manifest;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Suggestions;
import org.plenary.io.sweep.PointsJournal;
import org.plenary.io.sweep.SensitivityReport;
import org.plenary.io.sweep.SweepManifest;
import org.plenary.io.sweep.SweepSpec;
import org.plenary.io.sweep.SweepSpecReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary sensitivity SPEC}: Sobol first-order and total-effect indices of a metric per parameter. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        header = "Sobol sensitivity indices of a metric over a sweep's parameters.",
        description = "Variance-based global sensitivity analysis over the specification's parameters: Sobol "
            + "first-order (S1) and total-effect (ST) indices of a metric, P(consensus) by default, "
            + "with 95%% bootstrap intervals, from Saltelli's design of N·(d + 2) points (N = the "
            + "specification's points). Every point runs the Monte Carlo with the same random streams. "
            + "Prints a table sorted by total effect and writes sensitivity.csv, sensitivity.json, the "
            + "points tables and manifest.json.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:invalid specification, scenario or options",
            "130:interrupted (Ctrl-C); the points done are kept for --resume"})
final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep specification (.yaml, .yml or .json).")
    Path specFile;

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "The output to explain: p_consensus (default: the specification's), p_adopted_by_vote,"
                    + " p_no_agreement, mean_rounds or p_blocker_<ID>.")
    String metric;

    @Mixin
    ThreadsOption threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Results folder (default: results/<spec name>-sensitivity). Written into when it is new, "
                    + "empty or Plenary's own (its manifest.json or sweep fingerprint says so and it holds nothing "
                    + "else); earlier results in it are replaced (kept with --resume); otherwise refused with exit "
                    + "code 2.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on standard output: text, json or csv (default: ${DEFAULT-VALUE}).")
    ForecastCommand.Format format;

    @Option(names = "--resume", description = "Keep the points an interrupted analysis of the same specification completed.")
    boolean resume;

    @Mixin
    ForceOption force;

    @Mixin
    DistributedOptions distributed;

    @Mixin
    CoordinatorHostOption coordinatorHost;

    @Mixin
    UncertaintyOption uncertainty;

    @Mixin
    QuietOption quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Interruption.message("plenary: interrupted; the points done are kept for --resume");
        int k = threads.resolve(spec);
        distributed.check(spec.commandLine());
        coordinatorHost.check(spec.commandLine(), distributed, "sensitivity");
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SweepSpec read = SweepFiles.load(specFile, stderr);
        SweepSpec sweep = uncertainty.apply(read);
        String m = metric != null ? metric : sweep.metric();
        List<String> names = sweep.metrics();
        if (!names.contains(m)) {
            throw new InputException("plenary sensitivity: unknown metric " + Quote.name(m) + ";"
                    + Suggestions.closest(m, names).map(x -> " did you mean " + Quote.name(x) + "?").orElse("")
                    + " metrics: " + String.join(", ", names));
        }
        String specSha = ScenarioFiles.specSha256(specFile);
        String scenarioSha = ScenarioFiles.sha256(sweep.scenarioFile());
        long size = (long) sweep.points() * (sweep.parameters().size() + 2);
        if (size > SweepSpecReader.MAX_POINTS) {
            // every point's value is held for the estimator: the limit of a sweep's points applies
            throw new InputException(specFile + ": points: Saltelli's design has N·(d + 2) = "
                    + String.format(Locale.ROOT, "%,d·%d = %,d", sweep.points(), sweep.parameters().size() + 2, size)
                    + " points, more than " + String.format(Locale.ROOT, "%,d", SweepSpecReader.MAX_POINTS)
                    + "; use N at most " + String.format(Locale.ROOT, "%,d",
                    SweepSpecReader.MAX_POINTS / (sweep.parameters().size() + 2)));
        }
        SweepPlan plan = sweep.sensitivityPlan();
        Path target = out != null ? out : ScenarioFiles.defaultOutput(specFile, "-sensitivity");
        Instant start = Instant.now();
        java.util.concurrent.atomic.AtomicReference<DistributedRun.Done> shared = new java.util.concurrent.atomic.AtomicReference<>();
        SweepFiles.Ran ran = distributed.distributed
                ? SweepFiles.run(sweep, plan, SweepFiles.fingerprint("sensitivity", sweep, specSha, scenarioSha, plan, uncertainty.off), target,
                        resume, force.force(), quiet.progressBar(), stderr, SweepFiles.distributed("sensitivity", sweep, plan,
                                specFile, scenarioSha, !uncertainty.off, distributed, coordinatorHost.host, k, stderr, shared))
                : SweepFiles.run(sweep, plan, SweepFiles.fingerprint("sensitivity", sweep, specSha, scenarioSha, plan, uncertainty.off), target,
                        resume, force.force(), k, quiet.progressBar(), stderr);
        double[] f;
        try (PointsJournal journal = ran.journal()) {
            journal.finish();
            // the one metric the estimator needs, eight bytes per point, streamed from the long table
            f = journal.values(m);
        }
        List<SobolIndex> indices = SobolEstimator.estimate(sweep.parameters().size(), sweep.points(), f,
                new SobolEstimator.Bootstrap(sweep.bootstrap(), 0.95, sweep.seed()));
        SensitivityReport report = new SensitivityReport(sweep, specSha, m, Version.current(), indices);
        // Another metric than the specification's gets its own files, so the indices of the
        // specification's metric, and of every metric asked for before, stay in the folder.
        String stem = m.equals(sweep.metric()) ? "sensitivity" : "sensitivity-" + m;
        AtomicFile.write(ran.folder().resolve(stem + ".csv"), report.csv());
        AtomicFile.write(ran.folder().resolve(stem + ".json"), report.json());
        List<String> tables;
        try (Stream<Path> files = Files.list(ran.folder())) {
            tables = files.map(x -> x.getFileName().toString())
                    .filter(n -> n.matches("sensitivity(-[A-Za-z0-9_.-]+)?\\.(csv|json)")).sorted().toList();
        }
        Instant end = Instant.now();
        Manifest common = new Manifest("sensitivity", Version.current(), Manifest.path(sweep.scenarioFile()), scenarioSha,
                plan.seed(), plan.totalRuns(), k, "local", spec.commandLine().getParseResult().originalArgs(), start, end)
                .withUncertainty(uncertainty.manifestValue(read.scenario()));
        String manifest = SweepManifest.toJson(common, sweep, specSha, plan.points().size(), ran.points(), SweepFiles.files(tables.toArray(String[]::new)));
        if (shared.get() != null) {
            manifest = DistributedManifest.with(manifest, shared.get().address(), shared.get().workers(), "points",
                    shared.get().traffic());
        }
        AtomicFile.write(ran.folder().resolve("manifest.json"), manifest);
        if (!quiet.quiet()) {
            stdout.print(switch (format) {
                case json -> report.json();
                case csv -> report.csv();
                case text -> report.text() + "Results in " + target + "\n";
            });
            stdout.flush();
        }
        return ExitCode.OK;
    }
}
