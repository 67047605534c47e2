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

    @Test
    void blockersAreOneZeroOrOneColumnPerDelegationInTheScenariosOrder(@TempDir Path dir) throws Exception {
        // The delegations written C, A, B: the columns follow the file, not the sorted ids.
        String yaml = Files.readString(Path.of(UNCERTAIN));
        int a = yaml.indexOf("  - id: A");
        int c = yaml.indexOf("  - id: C");
        int end = yaml.indexOf("protocol:");
        Path file = dir.resolve("reordered.yaml");
        Files.writeString(file, yaml.substring(0, a) + yaml.substring(c, end) + yaml.substring(a, c)
                + yaml.substring(end));
        Path out = dir.resolve("out");
        Cli.Ran r = Cli.run("simulate", file.toString(), "--runs", "300", "--per-run", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(rows.get(0).startsWith("run,outcome,rounds,blocker_C,blocker_A,blocker_B,position_c1,position_c2,input."),
                rows.get(0));
        int columns = rows.get(0).split(",").length;
        java.util.Set<String> outcomes = new java.util.HashSet<>();
        long blocked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            assertEquals(columns, cells.length, row);
            int sum = 0;
            for (int i = 3; i < 6; i++) {
                assertTrue(cells[i].equals("0") || cells[i].equals("1"), row);
                sum += Integer.parseInt(cells[i]);
            }
            outcomes.add(cells[1]);
            if (cells[1].equals("CONSENSUS")) {
                assertEquals(0, sum, "nobody blocks a consensus: " + row);
            }
            if (cells[1].equals("NO_AGREEMENT")) {
                assertTrue(sum > 0, "someone blocked: " + row);
            }
            blocked += sum;
        }
        assertTrue(outcomes.size() > 1 && blocked > 0, "the runs differ: " + outcomes);
        // The column sums are the counts behind delegations.csv's P(blocker).
        List<String> delegations = Files.readAllLines(out.resolve("delegations.csv"));
        for (int col = 3; col < 6; col++) {
            String id = rows.get(0).split(",")[col].substring("blocker_".length());
            int column = col;
            long ones = rows.stream().skip(1).filter(l -> l.split(",", -1)[column].equals("1")).count();
            String p = delegations.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow().split(",")[1];
            assertEquals(ones / 300.0, Double.parseDouble(p), 1e-12, id);
        }
    }

    @Test
    void eachRowHoldsTheInputsDrawnForThatRun(@TempDir Path dir) throws Exception {
        // The uncertain scenario with a named mediator step: 12 stance draws (A, B, C by id; c1, c2;
        // position then salience) and the step, each a column named by its path.
        Path file = dir.resolve("named.yaml");
        Files.writeString(file, Files.readString(Path.of(UNCERTAIN)).replace("  saliences: {normal: {sd: 0.1}}\n",
                "  saliences: {normal: {sd: 0.1}}\n  fields:\n    protocol.mediatorStep: {uniform: {lo: 0.3, hi: 0.7}}\n"));
        Path out = dir.resolve("out");
        Cli.Ran r = Cli.run("simulate", file.toString(), "--runs", "2000", "--per-run", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        List<String> inputs = header.subList(header.indexOf("position_c2") + 1, header.size());
        List<String> expected = new java.util.ArrayList<>();
        for (String d : List.of("A", "B", "C")) {
            for (String c : List.of("c1", "c2")) {
                expected.add("input.delegations." + d + ".clauses." + c + ".position");
                expected.add("input.delegations." + d + ".clauses." + c + ".salience");
            }
        }
        expected.add("input.protocol.mediatorStep");
        assertEquals(expected, inputs);
        int aC1 = header.indexOf("input.delegations.A.clauses.c1.position");
        int step = header.indexOf("input.protocol.mediatorStep");
        double sum = 0;
        double squares = 0;
        java.util.Set<String> steps = new java.util.HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            assertEquals(header.size(), cells.length, row);
            double x = Double.parseDouble(cells[aC1]);
            sum += x;
            squares += x * x;
            double lambda = Double.parseDouble(cells[step]);
            assertTrue(lambda >= 0.3 && lambda <= 0.7, row);
            steps.add(cells[step]);
        }
        // A's position on c1 is 10 with a normal spread of sd 10 truncated at 0: mean 10 + 10·φ(1)/Φ(1)
        // = 10 + 10 · 0.24197 / 0.84134 = 12.876 (λ = 0.28760); sd 10·sqrt(1 − λ − λ²) = 7.935.
        double mean = sum / 2000;
        assertEquals(12.876, mean, 0.6);
        assertEquals(7.935, Math.sqrt(squares / 2000 - mean * mean), 0.5);
        assertTrue(steps.size() > 1900, "a fresh draw per run");
    }
}
