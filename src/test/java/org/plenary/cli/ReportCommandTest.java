package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plenary report} without a browser: the page holds what the README promises, and its
 * numbers are those of {@code run}, {@code simulate} and {@code forecast} on the same scenario and
 * seed. (ReportBrowserTest renders it in Chromium where one is installed.)
 */
class ReportCommandTest {

    private static final String UNCERTAIN = "src/test/resources/cli/three-uncertain.yaml";

    @Test
    void thePageHoldsTheScenarioTheRunTheMonteCarloTheBaselinesAndHowToReproduce(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Cli.Ran r = Cli.run("report", UNCERTAIN, "--runs", "300", "--seed", "5", "--out", page.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out() + r.err());
        String html = Files.readString(page);

        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<title>Three delegations, uncertain — Plenary report</title>"));
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""),
                "a policy that forbids scripts and network");
        String lower = html.toLowerCase(Locale.ROOT);
        for (String outside : List.of("<script", "<link", "src=\"http", "href=\"http", "@import")) {
            assertFalse(lower.contains(outside), "self-contained: " + outside);
        }
        List<String> sections = new java.util.ArrayList<>();
        Matcher h2 = Pattern.compile("<h2>[0-9]+\\. ([^<]+)</h2>").matcher(html);
        while (h2.find()) {
            sections.add(h2.group(1));
        }
        List<String> promised = List.of("The scenario", "A deterministic run, round by round", "Monte Carlo results",
                "Baseline forecasts", "How to reproduce");
        assertEquals(promised, sections.stream().filter(promised::contains).toList(), "in this order: " + sections);
        // at least two clause charts of the run and four Monte Carlo charts, all inline
        assertTrue(html.split("<svg ", -1).length - 1 >= 2 + 4);

        // The run: the same outcome as `plenary run` with this seed.
        JsonNode run = new ObjectMapper().readTree(Cli.run("run", UNCERTAIN, "--seed", "5", "--format", "json").out());
        String outcome = run.get("outcome").asText().toLowerCase(Locale.ROOT).replace('_', ' ');
        assertTrue(html.contains("One deterministic run: " + outcome + " after " + run.get("roundsUsed").asInt()
                + " rounds."), outcome);

        // The Monte Carlo: the probabilities of `plenary simulate` with the same runs and seed.
        Path sim = dir.resolve("sim");
        assertEquals(0, Cli.run("simulate", UNCERTAIN, "--runs", "300", "--seed", "5", "--out", sim.toString(), "-q")
                .code());
        JsonNode consensus = new ObjectMapper().readTree(sim.resolve("summary.json").toFile())
                .get("outcomes").get("consensus");
        String p = String.format(Locale.ROOT, "P(consensus) %.1f%% [%.1f%%, %.1f%%]", 100 * consensus.get("p").asDouble(),
                100 * consensus.get("lower").asDouble(), 100 * consensus.get("upper").asDouble());
        assertTrue(html.contains("Over 300 Monte Carlo runs: " + p), p);
        assertTrue(consensus.get("p").asDouble() > 0 && consensus.get("p").asDouble() < 1);

        // The baselines: the compromise of c1 is 61 / 2.35 = 26.0 (ForecastCommandTest).
        assertTrue(html.contains("<section id=\"baselines\">"));
        int baselines = html.indexOf("<section id=\"baselines\">");
        assertTrue(html.indexOf("26.0", baselines) > 0, "the compromise position of c1 in the baselines");

        // How to reproduce: the commands with the seed and runs, and the file's SHA-256.
        assertTrue(html.contains("plenary simulate " + UNCERTAIN + " --runs 300 --seed 5"));
        assertTrue(html.contains("plenary run " + UNCERTAIN + " --seed 5"));
        assertTrue(html.contains(ScenarioFiles.sha256(Path.of(UNCERTAIN))));
    }
}
