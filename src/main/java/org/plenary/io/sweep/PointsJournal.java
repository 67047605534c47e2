package org.plenary.io.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.MappedByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

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
 * <p>Memory does not grow with the rows: the journal keeps one bit per point (whether it is done)
 * and the files hold the rows. Resuming streams the files; {@link #finish} sorts them through an
 * index of one file offset per point that lives in a memory-mapped temporary file, not on the heap,
 * so a sweep of ten million points runs in a heap of a few tens of megabytes.
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
    private final int size;
    /** The points done: their rows are complete in both files. */
    private final BitSet done;
    private int count;
    private FileChannel wide;
    private FileChannel tall;

    private PointsJournal(Path dir, List<Parameter> parameters, List<String> metrics, int size) {
        if (size < 0 || metrics.isEmpty()) {
            throw new IllegalArgumentException("points " + size + ", metrics " + metrics);
        }
        this.dir = dir;
        this.size = size;
        this.done = new BitSet(size);
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
     * @param size        the number of points of the sweep: ids run from 0 to {@code size − 1}
     * @throws ResumeException when {@code resume} is asked and the folder holds another sweep
     */
    public static PointsJournal open(Path dir, String fingerprint, List<Parameter> parameters, List<String> metrics,
                                     int size, boolean resume) throws IOException, ResumeException {
        PointsJournal j = new PointsJournal(dir, parameters, metrics, size);
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
            AtomicFile.write(dir.resolve(POINTS), j.header + "\n");
            AtomicFile.write(dir.resolve(LONG), LONG_HEADER + "\n");
        }
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

    /** Whether point {@code id} is done. */
    public synchronized boolean isDone(int id) {
        return done.get(id);
    }

    /** How many points are done. */
    public synchronized int doneCount() {
        return count;
    }

    /** The points done now, as a test that later appends do not change (one bit per point). */
    public synchronized IntPredicate doneNow() {
        BitSet copy = (BitSet) done.clone();
        return copy::get;
    }

    /**
     * The value of {@code metric} at every point (NaN where undefined or not done), read from the
     * long table: what a sensitivity analysis needs, eight bytes per point. Call after {@link #finish}.
     */
    public synchronized double[] values(String metric) throws IOException {
        double[] v = new double[size];
        java.util.Arrays.fill(v, Double.NaN);
        try (CompleteLines lines = CompleteLines.of(dir.resolve(LONG))) {
            lines.next();
            for (String line = lines.next(); line != null; line = lines.next()) {
                String[] f = line.split(",", -1);
                Integer id = f.length == 5 ? id(f[0]) : null;
                if (id != null && id < size && f[1].equals(metric) && !f[2].isEmpty()) {
                    v[id] = Double.parseDouble(f[2]);
                }
            }
        }
        return v;
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
        for (Entry e : entries) {
            int id = e.point().id();
            if (id < 0 || id >= size) {
                throw new IllegalArgumentException("point " + id + " of " + size);
            }
            String[] rows = rows(e.point(), e.metrics());
            w.append(rows[0]);
            l.append(rows[1]);
        }
        write(wide, w.toString());
        write(tall, l.toString());
        for (Entry e : entries) {
            if (!done.get(e.point().id())) {
                done.set(e.point().id());
                count++;
            }
        }
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

    /**
     * Rewrites both tables sorted by point id (atomically), for the final result: each row is found
     * through an index of file offsets by point (in a memory-mapped temporary file) and copied.
     */
    public synchronized void finish() throws IOException {
        close();
        Path index = AtomicFile.scratch(dir.resolve(POINTS));
        try (FileChannel ic = FileChannel.open(index, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long bytes = 8L * size;
            if (bytes > Integer.MAX_VALUE) {
                throw new IllegalStateException("too many points to sort: " + size);
            }
            // zero means "no row": offsets are stored plus one
            MappedByteBuffer offsets = ic.map(FileChannel.MapMode.READ_WRITE, 0, Math.max(8, bytes));
            sort(dir.resolve(POINTS), header, 1, offsets);
            for (int i = 0; i < size; i++) {
                offsets.putLong(8 * i, 0);
            }
            sort(dir.resolve(LONG), LONG_HEADER, metrics.size(), offsets);
        } finally {
            Files.deleteIfExists(index);
        }
    }

    /**
     * Rewrites {@code file} (its header, then groups of {@code lines} rows per point) sorted by point:
     * records where each point's first row starts, then copies the rows point by point.
     */
    private void sort(Path file, String head, int lines, MappedByteBuffer offsets) throws IOException {
        try (CompleteLines in = CompleteLines.of(file)) {
            in.next();
            int k = 0;
            for (String line = in.next(); line != null; line = in.next(), k = (k + 1) % lines) {
                if (k == 0) {
                    int comma = line.indexOf(',');
                    Integer id = comma < 0 ? null : id(line.substring(0, comma));
                    if (id == null || id >= size) {
                        throw new IllegalStateException(file + ": unexpected row " + line);
                    }
                    offsets.putLong(8 * id, in.start() + 1);
                }
            }
        }
        try (FileChannel rows = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedRows mapped = new MappedRows(rows);
            AtomicFile.write(file, out -> {
                out.write((head + "\n").getBytes(StandardCharsets.UTF_8));
                for (int id = 0; id < size; id++) {
                    long at = offsets.getLong(8 * id);
                    if (at > 0) {
                        mapped.copy(at - 1, lines, out);
                    }
                }
            });
        }
    }

    /**
     * A table file mapped into memory in overlapping windows of 1 GiB (a window reaches a row
     * further, so any row that starts in it ends in it too), to copy rows from any offset.
     */
    private static final class MappedRows {
        private static final long WINDOW = 1L << 30;
        private static final long REACH = CompleteLines.MAX_LINE + 1L;
        private final FileChannel channel;
        private final long length;
        private final MappedByteBuffer[] windows;
        private final byte[] copy = new byte[1 << 16];

        MappedRows(FileChannel channel) throws IOException {
            this.channel = channel;
            this.length = channel.size();
            this.windows = new MappedByteBuffer[(int) (length / WINDOW) + 1];
        }

        /** Copies {@code lines} lines, line breaks included, starting at byte {@code at}. */
        void copy(long at, int lines, java.io.OutputStream out) throws IOException {
            int w = (int) (at / WINDOW);
            if (windows[w] == null) {
                long from = w * WINDOW;
                windows[w] = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(length - from, WINDOW + REACH * lines));
            }
            MappedByteBuffer b = windows[w];
            int p = (int) (at - w * WINDOW);
            int seen = 0;
            int end = p;
            while (seen < lines) {
                if (b.get(end++) == '\n') {
                    seen++;
                }
            }
            for (int n = end - p; n > 0; ) {
                int c = Math.min(n, copy.length);
                b.get(p, copy, 0, c);
                out.write(copy, 0, c);
                p += c;
                n -= c;
            }
        }
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

    /**
     * Finds the points an earlier run completed (a whole row in {@code points.csv} and all its rows,
     * one after the other, in {@code points-long.csv}), then rewrites both files with those points'
     * rows only, once each: partial lines, one-sided points and repeated rows go. Both passes stream.
     */
    private void recover() throws IOException, ResumeException {
        Path widePath = dir.resolve(POINTS);
        int columns = header.split(",", -1).length;
        BitSet wideDone = new BitSet(size);
        try (CompleteLines in = CompleteLines.of(widePath)) {
            String first = in.next();
            if (first != null && !first.equals(header)) {
                throw new ResumeException(widePath + " has other columns than this sweep; run without"
                        + " --resume to start over");
            }
            for (String line = in.next(); line != null; line = in.next()) {
                Integer id = wideId(line, columns);
                if (id != null) {
                    wideDone.set(id);
                }
            }
        }
        BitSet longDone = new BitSet(size);
        new LongGroups().scan(dir.resolve(LONG), (id, group) -> longDone.set(id));
        done.or(wideDone);
        done.and(longDone);
        count = done.cardinality();
        BitSet kept = new BitSet(size);
        AtomicFile.write(widePath, out -> {
            out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            try (CompleteLines in = CompleteLines.of(widePath)) {
                in.next();
                for (String line = in.next(); line != null; line = in.next()) {
                    Integer id = wideId(line, columns);
                    if (id != null && done.get(id) && !kept.get(id)) {
                        kept.set(id);
                        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
        kept.clear();
        AtomicFile.write(dir.resolve(LONG), out -> {
            out.write((LONG_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            new LongGroups().scan(dir.resolve(LONG), (id, group) -> {
                if (done.get(id) && !kept.get(id)) {
                    kept.set(id);
                    for (String line : group) {
                        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            });
        });
    }

    /** The id of a whole row of the wide table, or null. */
    private Integer wideId(String line, int columns) {
        String[] f = line.split(",", -1);
        Integer id = f.length == columns ? id(f[0]) : null;
        return id != null && id < size ? id : null;
    }

    /** Told of each whole group of a point's long rows: the point and its rows. */
    @FunctionalInterface
    private interface GroupSink {
        void group(int id, List<String> lines) throws IOException;
    }

    /** Finds, in the long table, the runs of rows of one point with every metric in order. */
    private final class LongGroups {
        private final List<String> group = new ArrayList<>();
        private int current = -1;

        void scan(Path file, GroupSink sink) throws IOException {
            try (CompleteLines in = CompleteLines.of(file)) {
                in.next();
                for (String line = in.next(); line != null; line = in.next()) {
                    String[] f = line.split(",", -1);
                    Integer id = f.length == 5 ? id(f[0]) : null;
                    if (id == null || id >= size) {
                        group.clear();
                        current = -1;
                        continue;
                    }
                    if (id == current && f[1].equals(metrics.get(group.size()))) {
                        group.add(line);
                    } else if (f[1].equals(metrics.get(0))) {
                        group.clear();
                        group.add(line);
                        current = id;
                    } else {
                        group.clear();
                        current = -1;
                        continue;
                    }
                    if (group.size() == metrics.size()) {
                        sink.group(id, group);
                        group.clear();
                        current = -1;
                    }
                }
            }
        }
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
