package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers an analyst reads in simulate's tables: no binary residues, undefined values left empty. */
class NumbersOutputTest {

    /** The three-delegation scenario with one round: nobody accepts in round 1, so no text is ever adopted. */
    private static Path oneRound(Path dir) throws IOException {
        String yaml = Files.readString(Path.of(Cli.THREE)).replace("maxRounds: 3", "maxRounds: 1");
        Path file = dir.resolve("one-round.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aClauseNeverAdoptedHasNoSpreadAndOneRunHasNoInterval(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("never");
        Cli.Ran r = Cli.run("simulate", oneRound(dir).toString(), "--runs", "20", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> clauses = Files.readAllLines(out.resolve("clauses.csv"));
        // No run adopted a text: p_in_text 0 with Wilson bounds exactly 0 and 1 − …; every position statistic empty.
        assertTrue(clauses.get(1).startsWith("c1,0.0,0.0,"), clauses.get(1));
        assertTrue(clauses.get(1).endsWith(",0,,,,,"), clauses.get(1));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode c1 = summary.get("clauses").get(0);
        for (String f : List.of("mean", "sd", "p5", "p50", "p95")) {
            assertTrue(c1.get(f).isNull(), f + " of a clause never adopted: " + c1);
        }
        assertEquals(0.0, summary.get("outcomes").get("consensus").get("lower").asDouble(), 0.0);
        assertEquals(1.0, summary.get("outcomes").get("noAgreement").get("upper").asDouble(), 0.0);

        Path single = dir.resolve("single");
        Cli.Ran one = Cli.run("simulate", Cli.THREE, "--runs", "1", "--out", single.toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("1 run, seed"), one.out());
        List<String> dels = Files.readAllLines(single.resolve("delegations.csv"));
        for (String row : dels.subList(1, dels.size())) {
            // gain_mean is defined, its interval and sd are not (one observation).
            assertTrue(row.matches("[A-C],0\\.0,0\\.0,[0-9.]+,-?[0-9.E-]+,,,"), row);
        }
        JsonNode gain = new ObjectMapper().readTree(single.resolve("summary.json").toFile())
                .get("delegations").get(0).get("gain");
        assertTrue(gain.get("lower").isNull() && gain.get("upper").isNull() && gain.get("sd").isNull(), gain.toString());
        assertFalse(one.out().contains("NaN"), one.out());
        assertTrue(one.out().contains("[—]"), one.out());
    }

    @Test
    void quantilesAndBoundsPrintAsAnAnalystWritesThem(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("classroom");
        Cli.Ran r = Cli.run("simulate", "scenarios/classroom-3.yaml", "--runs", "3000", "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.code(), r.err());
        int checked = 0;
        for (String line : Files.readAllLines(out.resolve("clauses.csv")).subList(1, 4)) {
            String[] cells = line.split(",", -1);
            for (int i = 7; i <= 9; i++) {
                assertTrue(cells[i].matches("[0-9]{1,3}\\.[0-9]"), "quantile on the 0.1 grid printed as " + cells[i]);
                checked++;
            }
        }
        assertEquals(9, checked);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (JsonNode c : summary.get("clauses")) {
            for (String q : List.of("p5", "p50", "p95")) {
                assertTrue(c.get(q).asText().matches("[0-9]{1,3}\\.[0-9]"), q + " printed as " + c.get(q));
            }
        }
        // Wilson bounds of an outcome that never happened are exactly 0 (not 2.17E-19), of one that always did 1.
        List<JsonNode> bounds = new java.util.ArrayList<>();
        summary.get("outcomes").forEach(bounds::add);
        summary.get("delegations").forEach(d -> bounds.add(d.get("blocker")));
        for (JsonNode p : bounds) {
            double lower = p.get("lower").asDouble();
            double upper = p.get("upper").asDouble();
            assertTrue(lower == 0 || lower > 1e-6, "lower " + lower);
            assertTrue(upper == 1 || upper < 1 - 1e-6, "upper " + upper);
            if (p.get("count").asLong() == 0) {
                assertEquals("0.0", p.get("lower").asText());
            }
        }
    }
}
