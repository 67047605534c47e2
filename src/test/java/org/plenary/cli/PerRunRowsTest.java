package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --per-run}: one row per run, in run order, the same table for any thread count. */
class PerRunRowsTest {

    private static final String UNCERTAIN = "src/test/resources/cli/three-uncertain.yaml";

    @Test
    void rowsAreInRunOrderWhateverTheThreadCount(@TempDir Path dir) throws Exception {
        // 5,000 runs are five blocks of 1,024: with three threads the blocks finish out of order.
        String table = null;
        for (String threads : List.of("1", "3", "2")) {
            Path out = dir.resolve("t" + threads);
            Cli.Ran r = Cli.run("simulate", UNCERTAIN, "--runs", "5000", "--threads", threads, "--per-run", "--out",
                    out.toString(), "-q");
            assertEquals(0, r.code(), r.err());
            String runs = Files.readString(out.resolve("runs.csv"));
            List<String> rows = runs.lines().toList();
            assertEquals(5001, rows.size());
            for (int i = 1; i < rows.size(); i++) {
                assertTrue(rows.get(i).startsWith((i - 1) + ","), "row " + i + ": " + rows.get(i));
            }
            if (table == null) {
                table = runs;
                assertTrue(runs.lines().skip(1).map(l -> l.split(",")[1]).distinct().count() > 1,
                        "the runs differ in outcome");
            } else {
                assertEquals(table, runs, threads + " threads");
            }
        }
    }
}
