package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary run} ends with the Monte Carlo likelihood of each outcome, the numbers of {@code simulate}. */
class RunLikelihoodTest {

    private static final String UNCERTAIN = "src/test/resources/cli/three-uncertain.yaml";

    @Test
    void theTranscriptEndsWithTheLikelihoodsSimulateComputes(@TempDir Path dir) throws Exception {
        Cli.Ran run = Cli.run("run", UNCERTAIN, "--likelihood-runs", "500", "--seed", "7");
        assertEquals(0, run.code(), run.err());
        Cli.Ran sim = Cli.run("simulate", UNCERTAIN, "--runs", "500", "--seed", "7", "--format", "json",
                "--out", dir.resolve("sim").toString(), "--threads", "1");
        assertEquals(0, sim.code(), sim.err());
        JsonNode outcomes = new ObjectMapper().readTree(Files.readString(dir.resolve("sim/summary.json")))
                .get("outcomes");
        String text = run.out();
        int start = text.indexOf("\nLikelihood over 500 runs redrawing the scenario's uncertain inputs (seed 7;");
        assertTrue(start > 0, text);
        String tail = text.substring(start);
        // Both outcomes occur on this scenario, so the lines carry numbers strictly between 0 and 100%.
        for (String[] o : new String[][] {{"consensus", "consensus"}, {"adopted by vote", "adoptedByVote"},
                {"no agreement", "noAgreement"}}) {
            JsonNode p = outcomes.get(o[1]);
            String line = String.format(Locale.ROOT, "  %-17s %6s  [", o[0], percent(p.get("p").asDouble()));
            assertTrue(tail.contains(line), line + "\n" + tail);
        }
        assertTrue(tail.strip().endsWith("plenary simulate gives the full picture."), tail);
        assertTrue(tail.contains("This run's outcome ("), tail);
    }

    @Test
    void noLikelihoodEndsWithTheRunAndJsonIsTheRunAlone() {
        Cli.Ran text = Cli.run("run", UNCERTAIN, "--no-likelihood");
        assertEquals(0, text.code(), text.err());
        assertFalse(text.out().contains("Likelihood"), text.out());
        Cli.Ran json = Cli.run("run", UNCERTAIN, "--format", "json");
        assertFalse(json.out().contains("Likelihood"), json.out());
        Cli.Ran bad = Cli.run("run", UNCERTAIN, "--likelihood-runs", "0");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    private static String percent(double p) {
        return p == 0 || p == 1 ? String.format(Locale.ROOT, "%.0f%%", 100 * p)
                : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
