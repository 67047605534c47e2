package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plenary bench-distributed}: what sharing a sweep with a worker process costs, and how many
 * points per second the coordinator itself can hand out and journal; the figures of docs/distributed.md.
 */
@Command(name = "bench-distributed", mixinStandardHelpOptions = true,
        header = "Measures the overhead of distributed sweeps.",
        description = "Runs a sweep on this machine, then the same sweep with a coordinator (--distributed "
            + "--local-threads 0) and one worker process on 127.0.0.1, checks that the tables are identical and "
            + "reports the overhead per point (time, messages, bytes). Then measures the coordinator's own limit "
            + "with tiny points (one run each) and extrapolates the throughput of 10, 100 and 1,000 workers. With "
            + "the defaults on two cores it takes a few minutes.")
final class BenchDistributedCommand implements Callable<Integer> {

    private static final Pattern JOIN = Pattern.compile("plenary worker --join (\\S+) --token (\\S+)");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", arity = "0..1",
            description = "Sweep specification (default: scenarios/sweeps/flagship-1000-points.yaml).")
    Path specFile;

    @Option(names = {"-t", "--threads"}, paramLabel = "K", defaultValue = "1",
            description = "Threads of the local sweep and of the worker (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--tiny", paramLabel = "N", defaultValue = "5000",
            description = "Points of the tiny-point sweep that measures the coordinator (default: ${DEFAULT-VALUE}).")
    int tiny;

    /** One timed distributed sweep. */
    private record Shared(double seconds, long points, long messagesIn, long messagesOut, long bytesIn, long bytesOut,
                          double coordinatorCpu) {
    }

    /** CPU time of this process (the coordinator's), seconds. */
    private static double cpu() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    @Option(names = "--tiny-only", description = "Only the tiny-point measurement of the coordinator.")
    boolean tinyOnly;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = specFile != null ? specFile : BenchCommand.shipped(Path.of("scenarios/sweeps/flagship-1000-points.yaml"));
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ":1:1: $: no such file");
        }
        if (threads < 1 || tiny < 1) {
            throw new InputException("plenary bench-distributed: --threads and --tiny must be at least 1");
        }
        Path tmp = Files.createTempDirectory("plenary-bench-distributed-");
        try {
            out.printf(Locale.ROOT, "Java %s, %d processors; coordinator and worker on 127.0.0.1%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            double perWorker = Double.NaN;
            if (!tinyOnly) {
                perWorker = overhead(file, tmp, out);
            }
            tiny(file, tmp, out, perWorker);
            return ExitCode.OK;
        } finally {
            deleteTree(tmp);
        }
    }

    /** The sweep of {@code file} on this machine and shared with one worker; returns the worker's points/s. */
    private double overhead(Path file, Path tmp, PrintWriter out) throws IOException, InterruptedException {
        {
            long t0 = System.nanoTime();
            run("sweep", file.toString(), "--threads", Integer.toString(threads), "--out", tmp.resolve("local").toString(),
                    "-q");
            double local = (System.nanoTime() - t0) / 1e9;
            Shared d = distributed(file, tmp, "shared", threads);
            boolean same = Files.readString(tmp.resolve("local/points.csv"))
                    .equals(Files.readString(tmp.resolve("shared/points.csv")))
                    && Files.readString(tmp.resolve("local/points-long.csv"))
                    .equals(Files.readString(tmp.resolve("shared/points-long.csv")));
            out.printf(Locale.ROOT, "%s: %,d points%n", file, d.points());
            out.printf(Locale.ROOT, "  local, %d thread%s:                  %7.1f s  %8.1f points/s%n", threads,
                    threads == 1 ? " " : "s", local, d.points() / local);
            out.printf(Locale.ROOT, "  coordinator + 1 worker (%d thread%s): %7.1f s  %8.1f points/s   tables identical: %s%n",
                    threads, threads == 1 ? "" : "s", d.seconds(), d.points() / d.seconds(), same ? "yes" : "NO");
            out.printf(Locale.ROOT, "  overhead per point: %.2f ms; messages %.2f (%.2f in, %.2f out); content bytes "
                            + "%.0f (%.0f in, %.0f out)%n", 1000 * (d.seconds() - local) / d.points(),
                    (d.messagesIn() + d.messagesOut()) / (double) d.points(), d.messagesIn() / (double) d.points(),
                    d.messagesOut() / (double) d.points(), (d.bytesIn() + d.bytesOut()) / (double) d.points(),
                    d.bytesIn() / (double) d.points(), d.bytesOut() / (double) d.points());
            out.flush();
            if (!same) {
                throw new IllegalStateException("the distributed tables differ from the local ones");
            }
            return d.points() / d.seconds();
        }
    }

    /** The coordinator's cost per point, with points of one run each. */
    private void tiny(Path file, Path tmp, PrintWriter out, double perWorker) throws IOException, InterruptedException {
        {
            Path tinySpec = tmp.resolve("tiny.yaml");
            Files.writeString(tinySpec, "scenario: " + scenarioOf(file) + "\ndesign: random\npoints: " + tiny
                    + "\nruns: 1\nseed: 1\nparameters:\n  - path: protocol.maxRounds\n    range: {min: 10, max: 50}\n");
            long t1 = System.nanoTime();
            run("sweep", tinySpec.toString(), "--threads", "2", "--out", tmp.resolve("tiny-local").toString(), "-q");
            double tinyLocal = (System.nanoTime() - t1) / 1e9;
            Shared t = distributed(tinySpec, tmp, "tiny", 2);
            double limit = t.points() / t.seconds();
            out.printf(Locale.ROOT, "Tiny points (%,d points of 1 run each):%n", t.points());
            out.printf(Locale.ROOT, "  local, 2 threads:                   %8.0f points/s (%.2f ms per point)%n",
                    t.points() / tinyLocal, 1000 * tinyLocal / t.points());
            out.printf(Locale.ROOT, "  coordinator + 1 worker (2 threads): %8.0f points/s (%.2f ms per point), "
                    + "%.2f messages per point%n", limit, 1000 / limit,
                    (t.messagesIn() + t.messagesOut()) / (double) t.points());
            double cpuPerPoint = t.coordinatorCpu() / t.points();
            double ceiling = 1 / cpuPerPoint;
            out.printf(Locale.ROOT, "  coordinator CPU: %.2f ms per point (platform, messages, journal): at most %,.0f "
                    + "points/s per core of the coordinator%n", 1000 * cpuPerPoint, ceiling);
            if (!Double.isNaN(perWorker)) {
                for (int w : new int[] {10, 100, 1000}) {
                    double rate = Math.min(w * perWorker, ceiling);
                    out.printf(Locale.ROOT, "  %,5d workers like the one above: %,8.0f points/s%s%n", w, rate,
                            w * perWorker > ceiling ? " (coordinator-bound)" : "");
                }
            }
            out.flush();
        }
    }

    /** The absolute path of the scenario {@code specFile} names. */
    private Path scenarioOf(Path specFile) {
        return SweepFiles.load(specFile, spec.commandLine().getErr()).scenarioFile().toAbsolutePath();
    }

    private void run(String... args) {
        StringWriter err = new StringWriter();
        int code = PlenaryCommand.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(err, true))
                .execute(args);
        if (code != 0) {
            throw new IllegalStateException("plenary " + String.join(" ", args) + " failed: " + err);
        }
    }

    /**
     * The sweep of {@code file} by a coordinator of this process and one worker process of
     * {@code workerThreads} threads, timed from the worker's joining to the last point.
     */
    private Shared distributed(Path file, Path tmp, String name, int workerThreads)
            throws IOException, InterruptedException {
        StringWriter log = new StringWriter();
        PrintWriter err = new PrintWriter(log, true);
        Path folder = tmp.resolve(name);
        int[] code = {-1};
        long[] end = new long[1];
        Thread coordinator = new Thread(() -> {
            code[0] = PlenaryCommand.commandLine(new PrintWriter(Writer.nullWriter()), err).execute("sweep",
                    file.toString(), "--distributed", "--local-threads", "0", "--out", folder.toString(), "-q");
            end[0] = System.nanoTime();
        }, "plenary-bench-coordinator");
        coordinator.start();
        Matcher m = JOIN.matcher("");
        while (!(m = JOIN.matcher(log.toString())).find()) {
            if (!coordinator.isAlive()) {
                throw new IllegalStateException("the coordinator stopped: " + log);
            }
            Thread.sleep(20);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "worker", "--join", m.group(1),
                "--token", m.group(2), "--threads", Integer.toString(workerThreads), "--name", "bench"));
        Process worker = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(name + "-worker.log")
                .toFile()).start();
        try {
            while (!log.toString().contains("worker bench (")) {
                if (!coordinator.isAlive()) {
                    break;
                }
                Thread.sleep(5);
            }
            long joined = System.nanoTime();
            double cpu0 = cpu();
            coordinator.join();
            double cpu1 = cpu();
            if (code[0] != 0) {
                throw new IllegalStateException("the distributed sweep failed: " + log);
            }
            JsonNode d = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
            JsonNode msgs = d.path("distributed").path("messages");
            return new Shared((end[0] - joined) / 1e9, d.path("points").asLong(), msgs.path("received").asLong(),
                    msgs.path("sent").asLong(), msgs.path("contentBytesReceived").asLong(),
                    msgs.path("contentBytesSent").asLong(), cpu1 - cpu0);
        } finally {
            if (!worker.waitFor(30, TimeUnit.SECONDS)) {
                worker.destroyForcibly();
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
