package org.plenary.io.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.Parameter;
import org.plenary.experiment.sweep.Point;
import org.plenary.io.export.AtomicFile;

/**
 * The tables of a sweep, written as points complete: {@code points.csv} (one row per point) and
 * {@code points-long.csv} (one row per point and metric).
 *
 * <p>Each completed point is appended to both files, each flushed and forced to the storage device
 * ({@code fsync}) before the point counts as done. A crash (even {@code SIGKILL} or a power cut) can
 * leave at most a partial last line, or a point written to one file but not the other; on resume
 * such points are dropped and run again. {@link #finish} rewrites both files sorted by point id, so
 * the final files are byte-identical to those of an uninterrupted sweep.
 *
 * <p>A fingerprint of the sweep (specification, scenario and plan) is kept in {@value #STATE}; a
 * folder made by another sweep is never resumed.
 */
public final class PointsJournal implements AutoCloseable {

    /** The wide table. */
    public static final String POINTS = "points.csv";
    /** The long table. */
    public static final String LONG = "points-long.csv";
    /** The fingerprint of the sweep that owns the folder. */
    public static final String STATE = ".plenary-sweep";

    private static final String LONG_HEADER = "point,metric,value,lower,upper";

    private final Path dir;
    private final List<Parameter> parameters;
    private final List<String> metrics;
    private final String header;
    private final Map<Integer, String> wideRows = new LinkedHashMap<>();
    private final Map<Integer, String> longRows = new LinkedHashMap<>();
    private FileChannel wide;
    private FileChannel tall;

    private PointsJournal(Path dir, List<Parameter> parameters, List<String> metrics) {
        this.dir = dir;
        this.parameters = List.copyOf(parameters);
        this.metrics = List.copyOf(metrics);
        this.header = header(parameters, metrics);
    }

    /**
     * Opens the tables in {@code dir}: fresh (earlier tables of any sweep are removed) or, with
     * {@code resume}, keeping the points an earlier run of the same sweep completed. Resuming a
     * folder that holds no sweep yet starts a fresh one.
     *
     * @param fingerprint identifies the sweep: resuming requires the same
     * @param metrics     the metric names, in table order
     * @throws ResumeException when {@code resume} is asked and the folder holds another sweep
     */
    public static PointsJournal open(Path dir, String fingerprint, List<Parameter> parameters, List<String> metrics,
                                     boolean resume) throws IOException, ResumeException {
        PointsJournal j = new PointsJournal(dir, parameters, metrics);
        Files.createDirectories(dir);
        Path state = dir.resolve(STATE);
        boolean started = Files.exists(state);
        if (resume && started) {
            String found = Files.readString(state, StandardCharsets.UTF_8).strip();
            if (!found.equals(fingerprint)) {
                throw new ResumeException(dir + " holds the results of another sweep (another specification,"
                        + " scenario or seed); run without --resume to start over");
            }
            j.recover();
        } else {
            Files.deleteIfExists(dir.resolve(POINTS));
            Files.deleteIfExists(dir.resolve(LONG));
            AtomicFile.write(state, fingerprint + "\n");
        }
        j.rewrite();
        j.wide = FileChannel.open(dir.resolve(POINTS), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        j.tall = FileChannel.open(dir.resolve(LONG), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return j;
    }

    /** The header of {@code points.csv}. */
    static String header(List<Parameter> parameters, List<String> metrics) {
        List<String> cols = new ArrayList<>();
        cols.add("point");
        parameters.forEach(p -> cols.add(p.path()));
        for (String m : metrics) {
            cols.add(m);
            if (m.equals("p_consensus")) {
                cols.add("p_consensus_lower");
                cols.add("p_consensus_upper");
            }
        }
        return String.join(",", cols);
    }

    /** The ids of the points already done. */
    public synchronized Set<Integer> done() {
        return Set.copyOf(wideRows.keySet());
    }

    /** The value of {@code metric} at point {@code id}, which must be done. */
    public synchronized double value(int id, String metric) {
        int k = metrics.indexOf(metric);
        String row = longRows.get(id).split("\n")[k];
        String cell = row.split(",", -1)[2];
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** A completed point and its metrics, in the order of the journal's metric names. */
    public record Entry(Point point, List<Metric> metrics) {
        public Entry {
            metrics = List.copyOf(metrics);
        }
    }

    /** Appends the point's rows to both tables, durably; then it counts as done. */
    public void append(Point point, List<Metric> values) throws IOException {
        append(List.of(new Entry(point, values)));
    }

    /**
     * Appends the rows of several points to both tables, then forces each file to the storage device
     * once (a group commit); then they count as done.
     */
    public synchronized void append(List<Entry> entries) throws IOException {
        StringBuilder w = new StringBuilder();
        StringBuilder l = new StringBuilder();
        Map<Integer, String> wide1 = new LinkedHashMap<>();
        Map<Integer, String> long1 = new LinkedHashMap<>();
        for (Entry e : entries) {
            String[] rows = rows(e.point(), e.metrics());
            w.append(rows[0]);
            l.append(rows[1]);
            wide1.put(e.point().id(), rows[0]);
            long1.put(e.point().id(), rows[1]);
        }
        write(wide, w.toString());
        write(tall, l.toString());
        wideRows.putAll(wide1);
        longRows.putAll(long1);
    }

    private String[] rows(Point point, List<Metric> values) {
        if (values.size() != metrics.size()) {
            throw new IllegalArgumentException("expected " + metrics + ", got " + values);
        }
        StringBuilder w = new StringBuilder().append(point.id());
        for (int i = 0; i < parameters.size(); i++) {
            w.append(',').append(parameters.get(i).text(point.value(i)));
        }
        StringBuilder l = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            Metric m = values.get(k);
            if (!m.name().equals(metrics.get(k))) {
                throw new IllegalArgumentException("expected metric " + metrics.get(k) + ", got " + m.name());
            }
            w.append(',').append(num(m.value()));
            if (m.name().equals("p_consensus")) {
                w.append(',').append(num(m.lower())).append(',').append(num(m.upper()));
            }
            l.append(point.id()).append(',').append(m.name()).append(',').append(num(m.value())).append(',')
                    .append(num(m.lower())).append(',').append(num(m.upper())).append('\n');
        }
        w.append('\n');
        return new String[] {w.toString(), l.toString()};
    }

    /** Rewrites both tables sorted by point id (atomically), for the final result. */
    public synchronized void finish() throws IOException {
        close();
        StringBuilder w = new StringBuilder(header).append('\n');
        StringBuilder l = new StringBuilder(LONG_HEADER).append('\n');
        for (Map.Entry<Integer, String> e : new TreeMap<>(wideRows).entrySet()) {
            w.append(e.getValue());
            l.append(longRows.get(e.getKey()));
        }
        AtomicFile.write(dir.resolve(POINTS), w.toString());
        AtomicFile.write(dir.resolve(LONG), l.toString());
    }

    @Override
    public synchronized void close() throws IOException {
        if (wide != null) {
            wide.close();
            wide = null;
        }
        if (tall != null) {
            tall.close();
            tall = null;
        }
    }

    private static void write(FileChannel ch, String text) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            ch.write(b);
        }
        ch.force(false);
    }

    /** Reads the complete rows of the points done by an earlier run; drops partial and one-sided points. */
    private void recover() throws IOException, ResumeException {
        Map<Integer, String> w = new LinkedHashMap<>();
        List<String> wl = completeLines(dir.resolve(POINTS));
        if (!wl.isEmpty()) {
            if (!wl.get(0).equals(header)) {
                throw new ResumeException(dir.resolve(POINTS) + " has other columns than this sweep; run without"
                        + " --resume to start over");
            }
            int columns = header.split(",", -1).length;
            for (String line : wl.subList(1, wl.size())) {
                String[] f = line.split(",", -1);
                Integer id = id(f[0]);
                if (f.length == columns && id != null) {
                    w.putIfAbsent(id, line + "\n");
                }
            }
        }
        Map<Integer, StringBuilder> l = new LinkedHashMap<>();
        Map<Integer, Integer> count = new TreeMap<>();
        List<String> ll = completeLines(dir.resolve(LONG));
        for (String line : ll.isEmpty() ? ll : ll.subList(1, ll.size())) {
            String[] f = line.split(",", -1);
            Integer id = f.length == 5 ? id(f[0]) : null;
            if (id == null) {
                continue;
            }
            int k = count.getOrDefault(id, 0);
            if (k < metrics.size() && f[1].equals(metrics.get(k))) {
                l.computeIfAbsent(id, x -> new StringBuilder()).append(line).append('\n');
                count.put(id, k + 1);
            }
        }
        for (Map.Entry<Integer, String> e : w.entrySet()) {
            if (count.getOrDefault(e.getKey(), 0) == metrics.size()) {
                wideRows.put(e.getKey(), e.getValue());
                longRows.put(e.getKey(), l.get(e.getKey()).toString());
            }
        }
    }

    /** Writes the header and the rows kept so far (in the order found), atomically, before appending. */
    private void rewrite() throws IOException {
        StringBuilder w = new StringBuilder(header).append('\n');
        StringBuilder l = new StringBuilder(LONG_HEADER).append('\n');
        for (Map.Entry<Integer, String> e : wideRows.entrySet()) {
            w.append(e.getValue());
            l.append(longRows.get(e.getKey()));
        }
        AtomicFile.write(dir.resolve(POINTS), w.toString());
        AtomicFile.write(dir.resolve(LONG), l.toString());
    }

    /** The lines of {@code file} that end with a line break (a partial last line is left out). */
    private static List<String> completeLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return List.of(text.substring(0, end).split("\n", -1));
    }

    private static Integer id(String s) {
        try {
            int id = Integer.parseInt(s);
            return id >= 0 && String.valueOf(id).equals(s) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
