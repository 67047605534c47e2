package org.plenary.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells Plenary's own results folders from everything else, so that a command replaces or writes
 * into a folder only when nothing of the user's can be lost: a folder is Plenary's when its
 * manifest (or a sweep's fingerprint) says so and every entry in it is a file Plenary writes.
 */
final class Ownership {

    static final String MANIFEST = "manifest.json";
    /** Written into a staging folder: the process that owns it. */
    static final String STAGING_MARKER = ".plenary-staging";
    static final String CHARTS = "charts";
    private static final String SWEEP_STATE = ".plenary-sweep";

    private static final Set<String> RESULT_FILES = Set.of("summary.json", "outcomes.csv", "clauses.csv",
            "delegations.csv", "rounds.csv", "runs.csv", MANIFEST, "points.csv", "points-long.csv", SWEEP_STATE,
            STAGING_MARKER);
    private static final Pattern SENSITIVITY = Pattern.compile("sensitivity(-[A-Za-z0-9_.-]+)?\\.(csv|json)");
    private static final Pattern IMAGE = Pattern.compile("[^.][^/]*\\.(png|svg)");
    /** A temporary file of {@link AtomicFile}: {@code .NAME.plenary-<pid>-<n>.tmp} (or {@code .NAME.<n>.tmp} of older versions). */
    static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(?:plenary-(\\d+)-)?\\d+\\.tmp");
    /** A staging or set-aside folder of {@link ResultFolder}: {@code .NAME.plenary-(staging|old)-<pid>-<n>}. */
    static final Pattern SIDE_FOLDER = Pattern.compile("\\.(.+)\\.plenary-(staging|old)-(\\d+)-\\d+");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Ownership() {
    }

    /** What a folder holds. */
    enum Kind {
        /** Nothing there. */
        ABSENT,
        /** A file (or anything but a folder). */
        FILE,
        /** A folder with nothing in it. */
        EMPTY,
        /** Plenary's results (simulate, sweep, sensitivity), marked as such. */
        RESULTS,
        /** Plenary's charts, marked as such. */
        CHARTS,
        /** Only files Plenary writes, but no manifest says whose they are. */
        UNMARKED,
        /** Something that is not Plenary's. */
        FOREIGN
    }

    /** What {@link #inspect} found; {@code detail} names a foreign entry or the manifest's format. */
    record Inspection(Kind kind, String detail) {
    }

    /** What {@code dir} (a real path) holds; does not follow a final symbolic link. */
    static Inspection inspect(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Inspection(Kind.ABSENT, "");
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Inspection(Kind.FILE, "");
        }
        List<Path> entries = list(dir);
        if (entries.isEmpty()) {
            return new Inspection(Kind.EMPTY, "");
        }
        Optional<JsonNode> manifest = manifest(dir);
        Set<String> listed = listed(manifest);
        String format = manifest.map(m -> m.path("format").asText("")).filter(f -> f.startsWith("plenary."))
                .or(() -> sweepState(dir)).orElse("");
        boolean charts = format.startsWith("plenary.charts/");
        for (Path e : entries) {
            boolean own = charts ? isChartFile(e) || isFile(e, MANIFEST) || isTemp(e)
                    : isResult(e, listed);
            if (!own) {
                return new Inspection(Kind.FOREIGN, e.getFileName().toString());
            }
        }
        if (format.isEmpty()) {
            return new Inspection(Kind.UNMARKED, "");
        }
        return new Inspection(charts ? Kind.CHARTS : Kind.RESULTS, format);
    }

    /** Whether {@code e}, inside a results folder, is one of the files (or the charts folder) Plenary puts there. */
    private static boolean isResult(Path e, Set<String> listed) throws IOException {
        String name = e.getFileName().toString();
        if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
            return name.equals(CHARTS) && isChartsFolder(e);
        }
        if (!Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return RESULT_FILES.contains(name) || SENSITIVITY.matcher(name).matches() || listed.contains(name)
                || TEMP.matcher(name).matches();
    }

    /** A folder of charts inside a results folder: images, perhaps a charts manifest, nothing else. */
    private static boolean isChartsFolder(Path dir) throws IOException {
        for (Path e : list(dir)) {
            if (!isChartFile(e) && !isFile(e, MANIFEST) && !isTemp(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isChartFile(Path e) {
        return Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) && IMAGE.matcher(e.getFileName().toString()).matches();
    }

    private static boolean isTemp(Path e) {
        return Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) && TEMP.matcher(e.getFileName().toString()).matches();
    }

    private static boolean isFile(Path e, String name) {
        return e.getFileName().toString().equals(name) && Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS);
    }

    /** The files a manifest lists as written with it. */
    private static Set<String> listed(Optional<JsonNode> manifest) {
        Set<String> listed = new HashSet<>();
        manifest.ifPresent(m -> m.path("files").forEach(f -> listed.add(f.asText())));
        return listed;
    }

    private static Optional<JsonNode> manifest(Path dir) {
        Path m = dir.resolve(MANIFEST);
        try {
            if (Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS) && Files.size(m) < 1 << 20) {
                return Optional.of(JSON.readTree(m.toFile()));
            }
        } catch (IOException e) {
            // an unreadable manifest marks nothing
        }
        return Optional.empty();
    }

    private static Optional<String> sweepState(Path dir) {
        Path s = dir.resolve(SWEEP_STATE);
        try {
            if (Files.isRegularFile(s, LinkOption.NOFOLLOW_LINKS) && Files.size(s) < 4096) {
                String text = Files.readString(s, StandardCharsets.UTF_8);
                return text.startsWith("plenary.") ? Optional.of(text.split("[ \n]", 2)[0]) : Optional.empty();
            }
        } catch (IOException e) {
            // an unreadable fingerprint marks nothing
        }
        return Optional.empty();
    }

    /**
     * Deletes what Plenary wrote in {@code dir} (a folder {@link #inspect} found to be Plenary's):
     * only the files it recognises, and the folder itself if {@code itself} and nothing else is left.
     * Anything it does not recognise stays.
     */
    static void deleteOwn(Path dir, boolean itself) throws IOException {
        Set<String> listed = listed(manifest(dir));
        for (Path e : list(dir)) {
            if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                if (e.getFileName().toString().equals(CHARTS) && isChartsFolder(e)) {
                    deleteOwn(e, true);
                }
            } else if (isResult(e, listed) || isChartFile(e)) {
                Files.deleteIfExists(e);
            }
        }
        if (itself && list(dir).isEmpty()) {
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Deletes a staging folder and everything in it: this process made it (or, for a stale one,
     * a Plenary process whose marker it carries), private to its owner. Links are removed, not followed.
     */
    static void deleteStaging(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The real location {@code given} names: symbolic links and {@code ..} resolved as the system
     * would, for the part that exists; the rest appended as written.
     *
     * @throws OutputException when a link points nowhere, or a file stands where a folder is needed
     */
    static Path real(Path given) throws IOException {
        Path abs = given.toAbsolutePath();
        Path cur = abs.getRoot();
        boolean exists = true;
        for (Path part : abs) {
            String n = part.toString();
            if (n.equals(".")) {
                continue;
            }
            if (n.equals("..")) {
                cur = cur.getParent() != null ? cur.getParent() : cur;
                continue;
            }
            Path next = cur.resolve(n);
            if (exists && Files.exists(next)) {
                cur = next.toRealPath();
            } else if (exists && Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                throw OutputException.refused(given, "a symbolic link to nothing (" + Files.readSymbolicLink(next)
                        + "); nothing written");
            } else {
                cur = next;
            }
        }
        return cur;
    }

    /** Refuses the current folder and every folder that holds it. */
    static void refuseCurrentOrAbove(Path given, Path real) throws IOException {
        Path here = Path.of("").toAbsolutePath().toRealPath();
        if (here.startsWith(real)) {
            throw OutputException.refused(given, real.equals(here)
                    ? "the current folder cannot be a results folder; nothing written"
                    : "a folder that holds the current folder cannot be a results folder; nothing written");
        }
    }

    /** The process id encoded in a staging or temporary name, if it is one of Plenary's. */
    static Optional<Long> owner(String name) {
        Matcher side = SIDE_FOLDER.matcher(name);
        if (side.matches()) {
            return Optional.of(Long.parseLong(side.group(3)));
        }
        Matcher temp = TEMP.matcher(name);
        if (temp.matches() && temp.group(2) != null) {
            return Optional.of(Long.parseLong(temp.group(2)));
        }
        return Optional.empty();
    }

    /** Whether the process {@code pid} is still running (then its staging is in use). */
    static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Deletes the staging folders and temporary files that Plenary processes no longer running left
     * in {@code dir} (after a {@code SIGKILL} or a power cut). Only entries whose name and content
     * are Plenary's are touched; a staging folder must carry the marker of the process that made it.
     */
    static void cleanStale(Path dir) {
        try {
            for (Path e : list(dir)) {
                String name = e.getFileName().toString();
                Optional<Long> pid = owner(name);
                if (pid.isEmpty() || alive(pid.get())) {
                    continue;
                }
                if (Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) && TEMP.matcher(name).matches()) {
                    Files.deleteIfExists(e);
                } else if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS) && staleFolder(e, pid.get())) {
                    if (name.contains(".plenary-staging-")) {
                        deleteStaging(e);
                    } else {
                        deleteOwn(e, true);
                    }
                }
            }
        } catch (IOException e) {
            // cleaning is a courtesy: a folder that cannot be listed or cleaned is left as it is
        }
    }

    private static boolean staleFolder(Path e, long pid) throws IOException {
        Matcher m = SIDE_FOLDER.matcher(e.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        if (m.group(2).equals("staging")) {
            if (list(e).isEmpty()) {
                return true; // killed between making the folder and marking it
            }
            Path marker = e.resolve(STAGING_MARKER);
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) && Files.size(marker) < 4096
                    && Files.readString(marker, StandardCharsets.UTF_8).equals("plenary.staging/1 pid=" + pid + "\n");
        }
        Kind kind = inspect(e).kind();
        return kind != Kind.FOREIGN && kind != Kind.FILE;
    }

    static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }
}
