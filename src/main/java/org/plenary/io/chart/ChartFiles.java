package org.plenary.io.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.io.export.AtomicFile;

/** Finds what a results folder holds that can be charted, and writes charts as files. */
public final class ChartFiles {

    /** Image formats. */
    public enum Format {
        PNG, SVG;

        /** File extension with the dot. */
        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChartFiles() {
    }

    /**
     * The charts of every result recognised at the top of {@code folder}: a simulation's
     * {@code summary.json}, a sweep's points table ({@code p_consensus} with {@code _lower} and
     * {@code _upper} columns) and a sensitivity table ({@code parameter}, {@code S1}, {@code ST}); in a
     * folder with a sensitivity table the points table is its design's and gets no charts.
     * Empty when nothing is recognised. Files are read as {@code ResultInput} says: regular files
     * only, {@code summary.json} up to 16 MB and tables up to 64 MB.
     *
     * @throws IOException when a recognised file cannot be read, is not a regular file or is over its limit
     */
    public static List<ChartImage> forResults(Path folder) throws IOException {
        List<ChartImage> charts = new ArrayList<>();
        Path summary = folder.resolve("summary.json");
        if (Files.exists(summary, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // present under the name simulate writes: charted, or refused if not a regular file
            SimulationSummary s = SimulationSummary.read(summary);
            charts.addAll(SimulationCharts.all(s, Palette.of(s.blockers().stream().map(Estimate::label).toList())));
        }
        List<Path> csvs;
        try (Stream<Path> files = Files.list(folder)) {
            csvs = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        List<List<String>> headers = new ArrayList<>();
        for (Path csv : csvs) {
            headers.add(CsvTable.header(csv));
        }
        // A sensitivity folder also holds the points of its Saltelli design: charted against each
        // input they are noise (one chart per input, hundreds of them), so only the indices are drawn.
        boolean sensitivity = headers.stream().anyMatch(SweepCharts::isSensitivity);
        for (int i = 0; i < csvs.size(); i++) {
            Path csv = csvs.get(i);
            List<String> header = headers.get(i);
            if (SweepCharts.isPoints(header) && !sensitivity) {
                charts.addAll(SweepCharts.all(SweepCharts.readPoints(csv)));
            } else if (SweepCharts.isSensitivity(header)) {
                String stem = csv.getFileName().toString().replaceFirst("\\.csv$", "");
                charts.add(new ChartImage(Charts.fileStem(stem), "Sobol first-order and total indices of the "
                        + SweepCharts.TOP + " inputs with the largest total index, sorted, with 95% intervals", SweepCharts.sensitivity(SweepCharts.readSensitivity(csv))));
            }
        }
        return charts;
    }

    /**
     * Writes {@code manifest.json} into a charts folder: the format {@code plenary.charts/1} that marks
     * the folder as Plenary's (so later charts may be written into it), the version, the input
     * charted and the images the folder holds.
     */
    public static void writeManifest(Path folder, String version, String input) throws IOException {
        List<String> images;
        try (Stream<Path> files = Files.list(folder)) {
            images = files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && (n.endsWith(".png") || n.endsWith(".svg"))).sorted().toList();
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "plenary.charts/1");
        root.put("command", "chart");
        root.put("plenaryVersion", version);
        root.put("input", input);
        ArrayNode list = root.putArray("files");
        images.forEach(list::add);
        AtomicFile.write(folder.resolve("manifest.json"), JSON.writeValueAsString(root) + "\n");
    }

    /** Writes each chart in each format into {@code folder} (each file atomically); the files written. */
    public static List<Path> write(List<ChartImage> charts, Path folder, Set<Format> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ChartImage chart : charts) {
            for (Format f : Format.values()) {
                if (!formats.contains(f)) {
                    continue;
                }
                Path file = folder.resolve(chart.name() + f.extension());
                switch (f) {
                    case PNG -> AtomicFile.write(file, chart.png());
                    case SVG -> AtomicFile.write(file, chart.svg());
                    default -> throw new IllegalStateException(f.name());
                }
                written.add(file);
            }
        }
        return written;
    }
}
