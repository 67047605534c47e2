package org.plenary.io.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.core.backtest.HistoryCase;
import org.plenary.core.backtest.Observed;
import org.plenary.core.backtest.ObservedOutcome;
import org.plenary.core.model.Scenario;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;

class HistoryReaderTest {

    static final Path CASE = Path.of("scenarios", "history", "ga-78-265-safe-ai.yaml");

    static final String SMALL = """
            metadata:
              title: t
              sources:
                - {id: rec, title: Record, publisher: UN, date: "2024-01-01", url: "https://example.org"}
            clauses:
              - {id: a, title: A}
              - {id: b, title: B}
            delegations:
              - {id: X, name: X, influence: 1, clauses: {a: {position: 20, salience: 0.5}, b: {position: 80, salience: 0.5}}}
              - {id: Y, name: Y, influence: 1, clauses: {a: {position: 60, salience: 0.5}, b: {position: 40, salience: 0.5}}}
            protocol: {decisionRule: majority, threshold: 0.5}
            uncertainty:
              positions: {normal: {sd: 5}}
            """;

    static final String OBSERVED = """
            observed:
              adopted: "2024-03-21"
              forum: general-assembly
              outcome:
                class: adopted-by-vote
                vote: {yes: 117, no: 2, abstain: 2}
                source: rec
                rationale: "Recorded vote."
              clauses:
                a: {position: 30, source: rec, rationale: "para 1"}
                b: {position: 70, source: rec, rationale: "judgement: para 2"}
            """;

    @Test
    void aCaseIsReadThroughTheScenarioReadersBounds(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertFalse(HistoryReader.isHistoryCase(zero), "a device is never read");
        assertEquals(List.of(zero + ":1:1: $: this is not a regular file (a device, a FIFO or a socket); a scenario"
                + " file is read from a file"), HistoryReader.read(zero).problems().stream().map(p -> p.render()).toList());
        Path big = Files.writeString(dir.resolve("big.yaml"), "observed: {}\n" + "#".repeat(ScenarioReader.MAX_BYTES));
        assertFalse(HistoryReader.isHistoryCase(big), "over the limit");
    }

    @Test
    void readsTheObservedSectionIntoItsOwnRecord() {
        HistoryReadResult r = HistoryReader.read(SMALL + OBSERVED, "case.yaml");
        assertEquals(List.of(), r.renderedProblems());
        HistoryCase c = r.historyCase().orElseThrow();
        Observed o = c.observed();
        assertEquals("case", c.name());
        assertEquals(ObservedOutcome.ADOPTED_BY_VOTE, o.outcome());
        assertEquals(117, o.vote().orElseThrow().yes());
        assertEquals(2, o.vote().orElseThrow().abstain());
        assertEquals(30, o.position("a").orElseThrow().position());
        assertEquals("Record", o.position("b").orElseThrow().evidence().source().title());
        assertEquals("judgement: para 2", o.position("b").orElseThrow().evidence().rationale());
    }

    @Test
    void theScenarioReaderAcceptsTheSectionAndTheScenarioIsTheSameWithoutIt() {
        ReadResult with = ScenarioReader.read(SMALL + OBSERVED, "case.yaml");
        ReadResult without = ScenarioReader.read(SMALL, "case.yaml");
        assertEquals(List.of(), with.renderedProblems());
        assertEquals(without.scenario().orElseThrow(), with.scenario().orElseThrow());
        assertEquals(without.scenario().orElseThrow(),
                HistoryReader.read(SMALL + OBSERVED, "case.yaml").historyCase().orElseThrow().scenario());
    }

    /** The honesty test: no observed value can reach the model's input path. */
    @Test
    void changingTheObservedSectionChangesNothingTheModelComputes() throws Exception {
        String text = Files.readString(CASE);
        int at = text.indexOf("\nobserved:");
        assertTrue(at > 0);
        String original = text;
        // The same case with every observed position and the outcome class changed, and with no section at all.
        String altered = text.substring(0, at) + text.substring(at)
                .replaceAll("position: \\d+", "position: 99")
                .replace("class: consensus", "class: no-agreement");
        String stripped = text.substring(0, at) + "\n";
        Scenario a = HistoryReader.read(original, "c.yaml").historyCase().orElseThrow().scenario();
        HistoryReadResult b = HistoryReader.read(altered, "c.yaml");
        assertEquals(List.of(), b.renderedProblems());
        assertEquals(99, b.historyCase().orElseThrow().observed().positions().get(0).position());
        Scenario s = ScenarioReader.read(stripped, "c.yaml").scenario().orElseThrow();
        assertEquals(s, a);
        assertEquals(s, b.historyCase().orElseThrow().scenario());
        MonteCarloSettings settings = new MonteCarloSettings(300, 7, 2);
        MonteCarloResult ra = new MonteCarlo(a).run(settings);
        MonteCarloResult rb = new MonteCarlo(b.historyCase().orElseThrow().scenario()).run(settings);
        MonteCarloResult rs = new MonteCarlo(s).run(settings);
        assertEquals(rs, ra);
        assertEquals(rs, rb);
    }

    @Test
    void theScenarioRecordHasNoPlaceForObservedValues() {
        for (RecordComponent c : Scenario.class.getRecordComponents()) {
            assertFalse(c.getType().getName().startsWith("org.plenary.core.backtest"), c.getName());
        }
    }

    @Test
    void reportsEveryProblemOfTheSectionAtOnce() {
        String bad = SMALL + """
                observed:
                  adopted: "21 March 2024"
                  forum: assembly
                  outcome:
                    class: adopted-by-vote
                    source: nowhere
                    rationale: "x"
                  clauses:
                    a: {position: 130, source: rec, rationale: "r"}
                    c: {position: 10, source: rec, rationale: "r"}
                """;
        HistoryReadResult r = HistoryReader.read(bad, "bad.yaml");
        assertTrue(r.hasErrors());
        assertEquals(List.of(
                "bad.yaml:15:12: observed.adopted: adopted \"21 March 2024\" is not a date; expected an ISO 8601 date"
                        + " such as \"2024-03-21\"",
                "bad.yaml:16:10: observed.forum: forum 'assembly' is not valid; valid values: consensus-only,"
                        + " general-assembly, chair-summary",
                "bad.yaml:18:12: observed.outcome.vote: missing required field 'vote' ({yes, no, abstain}): an outcome"
                        + " adopted by vote needs its recorded count",
                "bad.yaml:19:13: observed.outcome.source: unknown source 'nowhere'; a source is the id of a"
                        + " metadata.sources entry",
                "bad.yaml:22:5: observed.clauses.b: missing the observed position of clause 'b'; every clause of the"
                        + " scenario needs one ({position, source, rationale})",
                "bad.yaml:22:19: observed.clauses.a.position: position 130 is outside 0..100",
                "bad.yaml:23:5: observed.clauses.c: unknown clause 'c'; clauses: a, b"), r.renderedProblems());
    }

    @Test
    void anOrdinaryScenarioIsNotAHistoryCase() {
        HistoryReadResult r = HistoryReader.read(SMALL, "plain.yaml");
        assertEquals(List.of("plain.yaml:1:1: observed: missing required field 'observed' (a mapping: the outcome the"
                + " backtest scores against); this is an ordinary scenario, not a history case"), r.renderedProblems());
    }

    @Test
    void everyCaseOfTheRepositoryReads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios", "history"))) {
            List<Path> cases = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(cases.isEmpty());
            for (Path f : cases) {
                HistoryReadResult r = HistoryReader.read(f);
                assertEquals(List.of(), r.renderedProblems(), f.toString());
                // Each case plays under the forum it was decided in, so that its outcome classes
                // (a consensus with reservations, a called vote) are ones the protocol can produce.
                HistoryCase c = r.historyCase().orElseThrow();
                assertEquals(c.observed().forum(), c.scenario().protocol().forum().key(), f.toString());
            }
        }
    }

    @Test
    void theSchemaAcceptsEveryCaseAndRejectsAVoteOnAConsensus() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(Path.of("schema", "scenario.schema.json").toFile()));
        try (Stream<Path> files = Files.list(Path.of("scenarios", "history"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(f.toFile())), f.toString());
            }
        }
        String consensusWithVote = Files.readString(CASE).replace("    class: consensus\n",
                "    class: consensus\n    vote: {yes: 1, no: 0, abstain: 0}\n");
        JsonNode node = new YAMLMapper().readTree(consensusWithVote);
        assertFalse(schema.validate(node).isEmpty());
        assertTrue(HistoryReader.read(consensusWithVote, "c.yaml").hasErrors());
    }
}
