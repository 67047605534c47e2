package org.plenary.io.export;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json}: how a results folder was made — enough to reproduce and cite it.
 *
 * @param command      the command name, e.g. {@code simulate}
 * @param version      Plenary version
 * @param scenarioFile the scenario file as {@link #path} shows it
 * @param sha256       hex SHA-256 of the scenario file
 * @param seed         seed
 * @param runs         runs
 * @param threads      worker threads
 * @param engine       engine name
 * @param arguments    the full command line after {@code plenary}
 * @param start        start time
 * @param end          end time
 * @param uncertainty  whether the scenario's uncertainty section drew the inputs: {@code on}, {@code off}
 *                     ({@code --no-uncertainty}) or {@code none} (the scenario has none); {@code null}
 *                     for a command that plays no Monte Carlo (then not written)
 */
public record Manifest(String command, String version, String scenarioFile, String sha256, long seed, long runs,
                       int threads, String engine, List<String> arguments, Instant start, Instant end,
                       String uncertainty) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        arguments = List.copyOf(arguments);
    }

    /** A manifest that does not say whether the uncertainty section was used. */
    public Manifest(String command, String version, String scenarioFile, String sha256, long seed, long runs,
                    int threads, String engine, List<String> arguments, Instant start, Instant end) {
        this(command, version, scenarioFile, sha256, seed, runs, threads, engine, arguments, start, end, null);
    }

    /** This manifest recording {@code state} ({@code on}, {@code off} or {@code none}) as {@code uncertainty}. */
    public Manifest withUncertainty(String state) {
        return new Manifest(command, version, scenarioFile, sha256, seed, runs, threads, engine, arguments, start, end,
                state);
    }

    /**
     * How manifests name an input file, the same for every command: relative to the working
     * directory when the file is under it, absolute otherwise; normalised either way (no {@code .}
     * or {@code ..}), so {@code scenarios/sweeps/../x.yaml} is shown as {@code scenarios/x.yaml}.
     */
    public static String path(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
    }

    /** The manifest as pretty-printed JSON with a final newline. */
    public String toJson() {
        return toJson(List.of());
    }

    /**
     * The manifest as pretty-printed JSON with a final newline, listing {@code files}: the files
     * written with it into the results folder, which mark that folder as Plenary's to replace.
     */
    public String toJson(List<String> files) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "plenary.manifest/1");
        root.put("command", command);
        root.put("plenaryVersion", version);
        ObjectNode sc = root.putObject("scenario");
        sc.put("file", scenarioFile);
        sc.put("sha256", sha256);
        root.put("seed", seed);
        root.put("runs", runs);
        root.put("threads", threads);
        root.put("engine", engine);
        if (uncertainty != null) {
            root.put("uncertainty", uncertainty);
        }
        ArrayNode args = root.putArray("commandLine");
        args.add("plenary");
        arguments.forEach(args::add);
        ObjectNode jvm = root.putObject("jvm");
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("vm", System.getProperty("java.vm.name"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        jvm.put("processors", Runtime.getRuntime().availableProcessors());
        jvm.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        root.put("start", start.toString());
        root.put("end", end.toString());
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        root.put("wallSeconds", seconds);
        root.put("runsPerSecond", seconds > 0 ? runs / seconds : 0);
        if (!files.isEmpty()) {
            ArrayNode written = root.putArray("files");
            files.forEach(written::add);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
