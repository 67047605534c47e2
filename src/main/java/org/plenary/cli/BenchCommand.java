package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plenary.core.model.Scenario;
import org.plenary.experiment.bench.Throughput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plenary bench}: speed of the local engine, the figures quoted in the README. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures the speed of the local engine.",
        description = "Measures the local engine on each scenario: Monte Carlo runs per second with 1 and 2 "
            + "(or --threads) threads after a warm-up, the speed-up, and heap bytes allocated per run by the "
            + "hot loop. With the defaults on two cores the flagship takes about 15 s and un-ga-193 about "
            + "4 minutes (its runs are 16 times slower); --runs 20000 takes a tenth of that.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..*",
            description = "Scenarios (default: scenarios/un-ai-dialogue-2026.yaml and scenarios/un-ga-193.yaml).")
    List<Path> scenarios;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "200000",
            description = "Runs per measurement (default: ${DEFAULT-VALUE}).")
    long runs;

    @Option(names = {"-t", "--threads"}, paramLabel = "K", split = ",", defaultValue = "1,2",
            description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Measurements per thread count; the best is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    /**
     * A shipped scenario: relative to the current directory, else to the installation (the folder
     * above {@code target/plenary.jar}), so that the command works from any directory.
     */
    static Path shipped(Path relative) {
        if (java.nio.file.Files.isRegularFile(relative)) {
            return relative;
        }
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (java.nio.file.Files.isRegularFile(dir.resolve(relative))) {
                    return dir.resolve(relative);
                }
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // fall through: reported as missing
        }
        return relative;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = scenarios == null || scenarios.isEmpty()
                ? List.of(Path.of("scenarios/un-ai-dialogue-2026.yaml"), Path.of("scenarios/un-ga-193.yaml"))
                : scenarios;
        out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> missing = new java.util.ArrayList<>();
        List<Path> found = new java.util.ArrayList<>();
        for (Path file : files) {
            Path at = scenarios == null || scenarios.isEmpty() ? shipped(file) : file;
            if (java.nio.file.Files.isRegularFile(at)) {
                found.add(at);
            } else {
                missing.add(file + ":1:1: $: no such file");
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
        for (Path file : found) {
            Scenario scenario = ScenarioFiles.load(file, spec.commandLine().getErr());
            Throughput t = new Throughput(scenario);
            long warm = Math.max(1000, runs / 4);
            t.runsPerSecond(warm, threads.get(threads.size() - 1), 99);
            out.printf(Locale.ROOT, "%s (%d delegations, %d clauses, up to %d rounds)%n", file,
                    scenario.delegations().size(), scenario.clauses().size(), scenario.protocol().maxRounds());
            double first = 0;
            for (int k : threads) {
                double best = 0;
                for (int rep = 0; rep < repeat; rep++) {
                    best = Math.max(best, t.runsPerSecond(runs, k, 1 + rep));
                }
                if (first == 0) {
                    first = best;
                }
                out.printf(Locale.ROOT, "  %d thread%s: %,12.0f runs/s   (x%.2f)%n", k, k == 1 ? " " : "s", best,
                        best / first);
                out.flush();
            }
            out.printf(Locale.ROOT, "  allocation: %.1f bytes per run (hot loop, one thread)%n",
                    t.bytesPerRun(Math.max(1000, runs / 10)));
            out.flush();
        }
        return ExitCode.OK;
    }
}
