package org.plenary.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's journal keeps one bit per point, not its rows: {@value #POINTS} points (whose rows, held
 * as strings in maps as the journal once did, take about 40 MB) are journaled, sorted and read back
 * in a JVM of a 16 MB heap.
 */
class BoundedJournalTest {

    private static final int POINTS = 100_000;

    @Test
    void manyPointsAreJournaledSortedAndReadBackInASmallHeap(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        Path out = dir.resolve("sweep");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), JournalLoad.class.getName(),
                out.toString(), Integer.toString(POINTS)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "still running");
        String said = Files.readString(log);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("journaled " + POINTS + " points"), said);
        int metrics = JournalLoad.METRICS.size();
        try (BufferedReader wide = Files.newBufferedReader(out.resolve(PointsJournal.POINTS), StandardCharsets.UTF_8);
             BufferedReader tall = Files.newBufferedReader(out.resolve(PointsJournal.LONG), StandardCharsets.UTF_8)) {
            assertEquals(PointsJournal.header(JournalLoad.PARAMETERS, JournalLoad.METRICS), wide.readLine());
            assertEquals("point,metric,value,lower,upper", tall.readLine());
            for (int id = 0; id < POINTS; id++) {
                String row = wide.readLine();
                assertTrue(row.startsWith(id + "," + (double) (id % 101) + "," + (id % 1000) / 1000.0 + ","),
                        "row " + id + ": " + row);
                for (int k = 0; k < metrics; k++) {
                    String line = tall.readLine();
                    assertTrue(line.startsWith(id + "," + JournalLoad.METRICS.get(k) + ","), line);
                }
            }
            assertEquals(null, wide.readLine());
            assertEquals(null, tall.readLine());
        }
        try (java.util.stream.Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".plenary-sweep", "points-long.csv", "points.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "the sort's index is gone");
        }
    }
}
