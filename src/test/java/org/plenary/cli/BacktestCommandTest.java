package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary backtest}: formats, files, exit codes, on small cases written here. */
class BacktestCommandTest {

    /**
     * Two delegations that can never agree (disjoint red lines), so every run ends in the closing
     * vote; without uncertainty every run is the same, and the baselines are known by hand:
     * compromise (20 + 60)/2 = 40 on a, (80 + 40)/2 = 60 on b.
     */
    static final String VOTE_CASE = """
            metadata:
              title: Vote case
              sources:
                - {id: rec, title: Record, publisher: UN, date: "2024-01-01"}
            clauses:
              - {id: a, title: A}
              - {id: b, title: B}
            delegations:
              - {id: X, name: X, influence: 1, clauses: {a: {position: 20, salience: 0.5, redLine: {min: 0, max: 30}}, b: {position: 80, salience: 0.5}}}
              - {id: Y, name: Y, influence: 1, clauses: {a: {position: 60, salience: 0.5, redLine: {min: 50, max: 100}}, b: {position: 40, salience: 0.5}}}
            protocol: {maxRounds: 5, decisionRule: majority, threshold: 0.5}
            seed: 3
            observed:
              adopted: "2024-03-21"
              forum: general-assembly
              outcome:
                class: adopted-by-vote
                vote: {yes: 117, no: 2, abstain: 2}
                source: rec
                rationale: "Recorded vote."
              clauses:
                a: {position: 30, source: rec, rationale: "judgement: para 1"}
                b: {position: 70, source: rec, rationale: "para 2"}
            """;

    @Test
    void jsonScoresEveryModelAndTheVote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vote-case.yaml");
        Files.writeString(file, VOTE_CASE);
        Cli.Ran r = Cli.run("backtest", file.toString(), "--runs", "50", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("plenary.backtest/1", root.get("format").asText());
        JsonNode c = root.get("cases").get(0);
        assertEquals("vote-case", c.get("name").asText());
        assertEquals(50, c.get("runs").asLong());
        assertEquals(3, c.get("seed").asLong());
        assertEquals("adopted-by-vote", c.at("/outcome/observed").asText());
        double pVote = c.at("/outcome/probabilities/ADOPTED_BY_VOTE").asDouble()
                + c.at("/outcome/probabilities/NO_AGREEMENT").asDouble();
        assertEquals(1.0, pVote, 1e-12, "no consensus is possible: every run votes");
        assertEquals(1.0, c.at("/vote/votedShare").asDouble(), 1e-12);
        // Two delegations of one vote each: the modelled count splits 2 votes.
        assertEquals(2, c.at("/vote/medianYes").asDouble() + c.at("/vote/medianNo").asDouble(), 1e-12);
        double yes = c.at("/vote/medianYes").asDouble();
        double no = c.at("/vote/medianNo").asDouble();
        assertEquals(Math.abs(yes - 117) + Math.abs(no - 2), c.at("/vote/countError").asDouble(), 1e-12);
        JsonNode a = c.get("clauses").get(0);
        assertEquals("a", a.get("clause").asText());
        assertEquals(40, a.at("/models/compromise/position").asDouble(), 1e-9);
        assertEquals(10, a.at("/models/compromise/error").asDouble(), 1e-9);
        assertEquals(10, c.at("/clauses/1/models/compromise/error").asDouble(), 1e-9);
        assertEquals(10, c.at("/meanError/compromise").asDouble(), 1e-9);
        double p = c.at("/outcome/probabilityObserved").asDouble();
        assertEquals(2 * (1 - p) * (1 - p), c.at("/outcome/brier").asDouble(), 1e-9,
                "with two classes holding all the mass, Brier = (1 - p)^2 + (1 - p)^2");
        assertEquals(1, root.at("/pooled/cases").asInt());
        // Both vote 'no' on the last draft (0-2), so no run adopts a text: the agent model has no
        // position, and the pooled errors, taken over the clauses every model forecast, are undefined.
        assertEquals(0, yes);
        assertTrue(c.at("/clauses/0/models/agent/position").isNull());
        assertEquals(0, root.at("/pooled/scoredClauses").asInt());
        assertTrue(root.at("/pooled/meanError/compromise").isNull());
    }

    @Test
    void outWritesTheTablesAndTheChart(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vote-case.yaml");
        Files.writeString(file, VOTE_CASE);
        Path out = dir.resolve("results");
        Cli.Ran r = Cli.run("backtest", dir.toString(), "--runs", "20", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("backtest.json", "backtest.csv", "backtest.txt", "error-by-model.png",
                "error-by-model.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> csv = Files.readAllLines(out.resolve("backtest.csv"));
        assertEquals("case,clause,model,measure,value", csv.get(0));
        assertTrue(csv.contains("vote-case,a,compromise,abs_error,10"), String.join("\n", csv));
        assertTrue(csv.contains("vote-case,,,vote_recorded_yes,117"));
        assertTrue(csv.stream().allMatch(l -> l.split(",", -1).length == 5), "five columns on every row");
        String text = Files.readString(out.resolve("backtest.txt"));
        assertTrue(text.contains("recorded 117-2-2 (yes-no-abstain)"), text);
        assertTrue(text.contains("Pooled mean absolute error over"), text);
        assertEquals(0, Cli.run("backtest", dir.toString(), "--runs", "20", "--out", out.toString(), "-q").code(),
                "its own folder is replaced on the next run");
    }

    @Test
    void badCasesAreReportedTogetherAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), VOTE_CASE.replace("forum: general-assembly", "forum: assembly"));
        Files.writeString(dir.resolve("b.yaml"), VOTE_CASE.substring(0, VOTE_CASE.indexOf("observed:")));
        Path out = dir.resolve("results");
        Cli.Ran r = Cli.run("backtest", dir.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a.yaml:15:10: observed.forum: forum 'assembly' is not valid"), r.err());
        assertTrue(r.err().contains("b.yaml:1:1: observed: missing required field 'observed'"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(2, Cli.run("backtest", dir.resolve("missing").toString()).code());
    }

    @Test
    void theCasesOfTheRepositoryRunAndThePooledLineIsPrinted() {
        Cli.Ran r = Cli.run("backtest", "--runs", "30");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pooled (mean)"), r.out());
        assertTrue(r.out().contains("ga-78-265-safe-ai"), r.out());
    }

    @Test
    void validateChecksTheObservedSectionOfAHistoryCase(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, VOTE_CASE);
        Cli.Ran ok = Cli.run("validate", good.toString());
        assertEquals(0, ok.code(), ok.err());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, VOTE_CASE.replace("a: {position: 30,", "a: {position: 130,"));
        Cli.Ran r = Cli.run("validate", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("observed.clauses.a.position: position 130 is outside 0..100"), r.err());
    }
}
