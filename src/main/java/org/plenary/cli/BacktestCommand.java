package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.plenary.core.backtest.CaseScore;
import org.plenary.core.backtest.HistoryCase;
import org.plenary.core.backtest.Pooled;
import org.plenary.experiment.backtest.Backtest;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.chart.BacktestCharts;
import org.plenary.io.chart.ChartFiles;
import org.plenary.io.export.BacktestCsv;
import org.plenary.io.export.BacktestJson;
import org.plenary.io.export.BacktestReport;
import org.plenary.io.export.BacktestText;
import org.plenary.io.export.ResultFolder;
import org.plenary.io.history.HistoryReadResult;
import org.plenary.io.history.HistoryReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary backtest [DIR|FILES]}: the models scored against past negotiations. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        header = "Scores the agent model and the baselines against past negotiations.",
        description = "Plays each history case (a scenario with an 'observed' section, by default every .yaml,"
            + " .yml and .json file of scenarios/history) by Monte Carlo, computes the four baselines, and"
            + " scores both against what was adopted: the probability given to the observed outcome class"
            + " (Brier and log scores), the vote-count error where there was a recorded vote, the absolute"
            + " error per clause of the agent model's median final position and of each baseline, and how"
            + " often the adopted text lies inside the agent model's 5-95%% band. With --out, writes"
            + " backtest.json, backtest.csv, backtest.txt and the chart error-by-model.png/.svg into DIR.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error; nothing written",
            "2:invalid case file or options; nothing written", "130:interrupted (Ctrl-C); nothing written"})
final class BacktestCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, csv }

    /** Where the cases are when none are named. */
    static final Path DEFAULT_FOLDER = Path.of("scenarios", "history");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR|FILE",
            description = "A folder of history cases, or case files (default: scenarios/history).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "2000",
            description = "Monte Carlo runs per case (default: ${DEFAULT-VALUE}).")
    long runs;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Seed of every case's runs (default: each case's own seed).")
    Long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on standard output: text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Also write backtest.json, backtest.csv, backtest.txt and error-by-model.png/.svg"
                + " into this folder (replaced as a whole).")
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
        List<Path> files = caseFiles(inputs.isEmpty() ? List.of(DEFAULT_FOLDER) : inputs);
        List<HistoryCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            HistoryReadResult r = HistoryReader.read(f);
            if (r.hasErrors()) {
                problems.addAll(r.renderedProblems());
            } else {
                r.problems().forEach(p -> stderr.println(p.render()));
                HistoryCase read = r.historyCase().orElseThrow();
                cases.add(new HistoryCase(read.name(), uncertainty.apply(read.scenario()), read.observed()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        stderr.flush();
        List<String> hashes = files.stream().map(ScenarioFiles::sha256).toList();
        List<CaseScore> scores = new ArrayList<>();
        try (Progress progress = Progress.ofRuns("backtest", runs * cases.size(), quiet.progressBar(), stderr)) {
            for (int i = 0; i < cases.size(); i++) {
                HistoryCase c = cases.get(i);
                long offset = runs * i;
                MonteCarloSettings settings = new MonteCarloSettings(runs, seed != null ? seed : c.scenario().seed(), k);
                scores.add(Backtest.score(c, settings, done -> progress.accept(offset + done)));
            }
        }
        BacktestReport report = new BacktestReport(Version.current(), scores,
                files.stream().map(Path::toString).toList(), hashes, Pooled.of(scores));
        String text = BacktestText.render(report);
        if (out != null) {
            try (ResultFolder folder = ResultFolder.stage(out)) {
                Files.writeString(folder.file("backtest.json"), BacktestJson.render(report));
                Files.writeString(folder.file("backtest.csv"), BacktestCsv.render(report));
                Files.writeString(folder.file("backtest.txt"), text);
                ChartFiles.write(List.of(BacktestCharts.errorByModel(scores, report.pooled())), folder.file(""),
                        EnumSet.of(ChartFiles.Format.PNG, ChartFiles.Format.SVG));
                // marks the folder as Plenary's, so that the next backtest may replace it
                folder.mark("plenary.manifest/1", "backtest", Version.current());
                folder.commit();
            }
        }
        if (!quiet.quiet()) {
            stdout.print(switch (format) {
                case json -> BacktestJson.render(report);
                case csv -> BacktestCsv.render(report);
                case text -> text + (out != null ? "\nResults in " + out + "\n" : "");
            });
            stdout.flush();
        }
        return ExitCode.OK;
    }

    /**
     * The case files: each folder's .yaml, .yml and .json files sorted by name, then each named file,
     * without repeats. A missing input or an empty folder is bad input.
     */
    static List<Path> caseFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> list = Files.list(in)) {
                    List<Path> found = list.filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
                    }).sorted().toList();
                    if (found.isEmpty()) {
                        problems.add(in + ":1:1: $: this folder holds no history case (.yaml, .yml or .json file)");
                    }
                    found.stream().filter(p -> !files.contains(p)).forEach(files::add);
                }
            } else if (!Files.exists(in)) {
                problems.add(in + ":1:1: $: " + (inputs.size() == 1 && in.equals(DEFAULT_FOLDER)
                        ? "folder not found; run from the project folder or name the cases" : "file not found"));
            } else if (!files.contains(in)) {
                files.add(in);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return files;
    }
}
