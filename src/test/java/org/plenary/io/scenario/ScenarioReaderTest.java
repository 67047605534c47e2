package org.plenary.io.scenario;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Stance;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.core.uncertainty.Field;
import org.plenary.core.uncertainty.UncertainInput;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.io.source.Problem;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Suggestions;
import org.plenary.io.source.YamlTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReaderTest {

    static Path corpus(String folder) {
        try {
            return Path.of(ScenarioReaderTest.class.getResource("/scenarios/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Scenario valid(String name) {
        ReadResult r = ScenarioReader.read(corpus("valid").resolve(name));
        assertEquals(List.of(), r.renderedProblems(), name);
        return r.scenario().orElseThrow();
    }

    @Test
    void minimalScenarioGetsTheDocumentedDefaults() {
        Scenario s = valid("minimal.yaml");
        assertEquals("Minimal", s.metadata().title());
        assertEquals("", s.metadata().description());
        assertEquals("", s.metadata().date());
        assertEquals(List.of(), s.metadata().sources());
        assertEquals(1, s.clauses().size());
        assertEquals("", s.clauses().get(0).description());
        assertEquals(List.of(), s.clauses().get(0).scale());
        assertEquals(0.0, s.clauses().get(0).statusQuo());
        Delegation usa = s.delegations().get(0);
        assertEquals(DelegationKind.STATE, usa.kind());
        assertEquals(1, usa.votes());
        assertEquals(List.of(), usa.members());
        assertEquals(1.0, usa.cohesion());
        assertEquals(1.0, usa.concession());
        assertEquals(Stance.of(10, 0.5), usa.stance("binding"));
        assertEquals(Protocol.defaults(), s.protocol());
        assertEquals(1L, s.seed());
    }

    @Test
    void theFieldsOfUnDecisionPracticeReachTheModel() {
        Scenario s = valid("forum.yaml");
        assertEquals(org.plenary.core.model.Forum.GENERAL_ASSEMBLY, s.protocol().forum());
        assertEquals(0.02, s.protocol().abstentionBand());
        assertEquals(0.1, s.protocol().resistance());
        assertEquals(true, s.delegations().get(0).callsVotes());
        assertEquals(false, s.delegations().get(1).callsVotes());
        assertEquals(false, s.delegations().get(2).callsVotes(), "callsVotes defaults to false");
        assertEquals(new org.plenary.core.model.ChairPreferences("co-facilitators", 0.25,
                java.util.Map.of("binding", 60.0, "fund", 80.0)), s.chair());
        assertNull(valid("minimal.yaml").chair(), "no chair section: a neutral chair");
        assertNull(valid("minimal.yaml").protocol().forum(), "no forum: the first protocol");
    }

    @Test
    void everyFieldReachesTheModel() {
        Scenario s = valid("full.yaml");
        assertEquals("2026-07-06", s.metadata().date(), "an unquoted date stays text");
        assertEquals(2, s.metadata().sources().size());
        assertEquals("2025-10-07", s.metadata().sources().get(0).date());
        assertEquals("", s.metadata().sources().get(1).url());
        var legal = s.clauses().get(0);
        assertEquals(5.0, legal.statusQuo());
        assertEquals(List.of(0.0, 50.0, 100.0), legal.scale().stream().map(l -> l.at()).toList());
        assertEquals("politically binding commitments", legal.nearestLabel(45));
        Delegation usa = s.delegations().get(0);
        assertEquals(3.5, usa.influence());
        assertEquals(0.5, usa.concession());
        Stance st = usa.stance("legal-nature");
        assertEquals(new RedLine(0, 40), st.redLine());
        assertEquals("Prefers voluntary commitments.", st.rationale());
        assertEquals("csis-2025-10", st.source());
        assertNull(usa.stance("nothing"));
        Delegation g77 = s.delegations().get(2);
        assertEquals(DelegationKind.BLOC, g77.kind());
        assertEquals(List.of("ARG", "BGD", "CHN", "PAK", "ZAF"), g77.members());
        // CHN and PAK are delegations of the scenario and vote themselves: 5 members − 2 = 3.
        assertEquals(3, g77.votes());
        assertEquals(0.8, g77.cohesion());
        Delegation icc = s.delegations().get(4);
        assertEquals(DelegationKind.OBSERVER, icc.kind());
        assertEquals(0, icc.votes());
        assertEquals(1.0, icc.influence(), "observers default to influence 1");
        assertEquals(new Protocol(12, Loss.LINEAR, 0.05, 0.25, 3, DecisionRule.MAJORITY, 0.5), s.protocol());
        assertEquals(-42L, s.seed());
    }

    @Test
    void uncertaintySectionReachesTheModel() {
        Uncertainty u = valid("uncertainty.yaml").uncertainty();
        assertEquals(new Distribution.Normal(0, 5), u.positions());
        assertEquals(new Distribution.Normal(-0.01, 0.05), u.saliences());
        assertEquals(List.of(
                new UncertainInput("delegations.USA.clauses.legal-nature.position", Field.POSITION, "USA",
                        "legal-nature", new Distribution.Uniform(0, 30)),
                new UncertainInput("delegations.G77.cohesion", Field.COHESION, "G77", null, new Distribution.Beta(6, 4)),
                new UncertainInput("delegations.CHN.influence", Field.INFLUENCE, "CHN", null,
                        new Distribution.Normal(0.5, 1)),
                new UncertainInput("delegations.CHN.concession", Field.CONCESSION, "CHN", null,
                        new Distribution.Triangular(0.5, 1, 2)),
                new UncertainInput("clauses.data-governance.statusQuo", Field.STATUS_QUO, null, "data-governance",
                        new Distribution.Triangular(40, 60, 80)),
                new UncertainInput("protocol.mediatorStep", Field.MEDIATOR_STEP, null, null,
                        new Distribution.Triangular(0.3, 0.5, 0.7)),
                new UncertainInput("protocol.temperature", Field.TEMPERATURE, null, null, new Distribution.Uniform(0, 0.05)),
                new UncertainInput("protocol.threshold", Field.THRESHOLD, null, null, new Distribution.Beta(20, 10))),
                u.inputs());
    }

    @Test
    void withoutAnUncertaintySectionNothingIsUncertain() {
        assertEquals(Uncertainty.NONE, valid("minimal.yaml").uncertainty());
        assertEquals(Uncertainty.NONE, valid("full.yaml").uncertainty());
    }

    @Test
    void aRedLineIsDrawnLikeAnyOtherInput() {
        ReadResult r = ScenarioReader.read(redLineDrawn("{normal: {sd: 5}}", "{uniform: {lo: 20, hi: 50}}"), "r.yaml");
        assertEquals(List.of(), r.renderedProblems());
        assertEquals(List.of(
                new UncertainInput("delegations.USA.clauses.a.redLine.max", Field.RED_LINE_MAX, "USA", "a",
                        new Distribution.Normal(0, 5)),
                new UncertainInput("delegations.USA.clauses.a.redLine.min", Field.RED_LINE_MIN, "USA", "a",
                        new Distribution.Uniform(20, 50))),
                r.scenario().orElseThrow().uncertainty().inputs());
    }

    @Test
    void aDrawnRedLineThatCouldCrossItsOtherEndIsAnError() {
        ReadResult r = ScenarioReader.read(redLineDrawn("{uniform: {lo: 30, hi: 90}}", "{uniform: {lo: 20, hi: 50}}"),
                "r.yaml");
        assertEquals(List.of("r.yaml:8:5: uncertainty.fields[\"delegations.USA.clauses.a.redLine.min\"]: a drawn min"
                + " could be 50, above the drawn max's lowest value 30; a red line needs min <= max (a normal"
                + " distribution is kept in order)"), r.renderedProblems());
        ReadResult fixedMax = ScenarioReader.read(redLineDrawn(null, "{triangular: {lo: 20, mode: 30, hi: 50}}"), "r.yaml");
        assertEquals(List.of("r.yaml:7:5: uncertainty.fields[\"delegations.USA.clauses.a.redLine.min\"]: a drawn min"
                + " could be 50, above the red line's max 40; a red line needs min <= max (a normal"
                + " distribution is kept in order)"), fixedMax.renderedProblems());
    }

    /** A red line [0, 40] whose max and min are drawn as given (null: not drawn). */
    private static String redLineDrawn(String max, String min) {
        return "metadata: {title: t}\nclauses: [{id: a, title: A}]\n"
                + "delegations:\n  - {id: USA, name: U, influence: 1, clauses: {a: {position: 10, salience: 1,"
                + " redLine: {min: 0, max: 40}}}}\n"
                + "uncertainty:\n  fields:\n"
                + (max == null ? "" : "    delegations.USA.clauses.a.redLine.max: " + max + "\n")
                + (min == null ? "" : "    delegations.USA.clauses.a.redLine.min: " + min + "\n");
    }

    @Test
    void jsonScenarioLoadsWithLargeSeedExactly() {
        Scenario s = valid("minimal.json");
        assertEquals(9007199254740993L, s.seed(), "2^53 + 1 must not pass through a double");
        assertEquals(20.5, s.clauses().get(0).statusQuo());
        assertEquals(2, s.delegations().get(0).votes());
        assertEquals(new RedLine(10, 100), s.delegations().get(0).stance("binding").redLine());
    }

    @Test
    void fileOverFiveMegabytesIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] bytes = new byte[ScenarioReader.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) '#');
        Files.write(big, bytes);
        ReadResult r = ScenarioReader.read(big);
        assertEquals(List.of(big + ":1:1: $: the file is 5,242,881 bytes, over the limit of 5 MB (5,242,880 bytes)"
                + " for scenario files"), r.renderedProblems());
    }

    @Test
    void fileOfExactlyFiveMegabytesIsParsed(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] bytes = new byte[ScenarioReader.MAX_BYTES];
        java.util.Arrays.fill(bytes, (byte) '#');
        for (int i = 79; i < bytes.length; i += 80) {
            bytes[i] = '\n'; // comment lines of 80 characters
        }
        Files.write(big, bytes);
        assertEquals(List.of(big + ":1:1: $: " + ScenarioReader.KIND.emptyFile()), ScenarioReader.read(big).renderedProblems());
    }

    @Test
    void missingFileIsAProblemNotAnException(@TempDir Path dir) {
        Path none = dir.resolve("none.yaml");
        assertEquals(List.of(none + ":1:1: $: no such file"), ScenarioReader.read(none).renderedProblems());
        Path typo = Path.of("scenarios", "classrom-3.yaml");
        assertEquals(List.of(typo + ":1:1: $: no such file; did you mean 'classroom-3.yaml'?"),
                ScenarioReader.read(typo).renderedProblems());
    }

    @Test
    void folderAndWrongExtensionAreProblems(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("x.yaml"));
        assertEquals(List.of(folder + ":1:1: $: this is a folder, not a scenario file"),
                ScenarioReader.read(folder).renderedProblems());
        Path txt = Files.writeString(dir.resolve("s.txt"), "metadata: {}");
        assertEquals(List.of(txt + ":1:1: $: unsupported file name; a scenario file ends in .yaml, .yml or .json"),
                ScenarioReader.read(txt).renderedProblems());
    }

    @Test
    void textThatIsNotUtf8IsAProblem(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "metadata: {title: Gen\u00e8ve}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(latin1 + ":1:22: $: byte 0xE8 is not valid UTF-8 (the file looks like Windows-1252 or"
                + " Latin-1 text); save the file as UTF-8"), ScenarioReader.read(latin1).renderedProblems());
    }

    @Test
    void specialFilesAreRefusedWithoutBeingOpened(@TempDir Path dir) throws IOException, InterruptedException {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), zero);
            assertEquals(List.of(link + ":1:1: $: this is not a regular file (a device, a FIFO or a socket); a scenario"
                    + " file is read from a file"), ScenarioReader.read(link).renderedProblems());
        } else {
            System.out.println("ScenarioReaderTest: no /dev/zero here, the device case is skipped");
        }
        Path fifo = dir.resolve("fifo.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            System.out.println("ScenarioReaderTest: no mkfifo here, the FIFO case is skipped");
            return;
        }
        assertEquals(0, mkfifo.waitFor());
        // Opening a FIFO blocks until a writer comes: the reader must refuse it before opening it.
        assertEquals(List.of(fifo + ":1:1: $: this is not a regular file (a device, a FIFO or a socket); a scenario"
                + " file is read from a file"), ScenarioReader.read(fifo).renderedProblems());
    }

    @Test
    void aFiveMegabyteLineIsRefusedAtTheColumnPastTheLimit(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one-line.yaml");
        byte[] bytes = new byte[ScenarioReader.MAX_BYTES];
        java.util.Arrays.fill(bytes, (byte) 'x');
        bytes[0] = '#';
        Files.write(one, bytes);
        assertEquals(List.of(one + ":1:10001: $: line 1 is longer than 10,000 characters; break it into shorter lines"
                + " (a long text can be a folded block: key: >)"), ScenarioReader.read(one).renderedProblems());
        String longest = "metadata: {title: T}\n#" + "x".repeat(YamlTree.MAX_LINE - 1) + "\n";
        assertEquals(List.of("t.yaml:1:1: clauses: missing required field 'clauses' (a list of clauses)",
                "t.yaml:1:1: delegations: missing required field 'delegations' (a list of delegations)"),
                ScenarioReader.read(longest, "t.yaml").renderedProblems(), "a line of exactly the limit is read");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        ReadResult r = ScenarioReader.read("\uFEFFmetadata: {title: T}\nclauses: [{id: a, title: A}]\n"
                + "delegations: [{id: X, name: X, influence: 1, clauses: {a: {position: 1, salience: 1}}}]\n", "t.yaml");
        assertTrue(r.scenario().isPresent(), r.renderedProblems().toString());
    }

    @Test
    void textIsReadAsJsonOrYamlByTheNameItIsGiven() {
        String json = "{\"metadata\": {\"title\": \"T\"}, \"clauses\": [{\"id\": \"a\", \"title\": \"A\"}],"
                + " \"delegations\": [{\"id\": \"X\", \"name\": \"X\", \"influence\": 1,"
                + "\t\"clauses\": {\"a\": {\"position\": 1, \"salience\": 1}}}]}";
        assertTrue(ScenarioReader.read(json, "s.JSON").scenario().isPresent(), "a tab between JSON tokens is fine");
        assertEquals("s.yml:1:1: $: YAML syntax error: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation) (while scanning for the next token)",
                ScenarioReader.read("\tmetadata: {}", "s.yml").renderedProblems().get(0));
    }

    @Test
    void aliasesWithinTheLimitAreExpanded() {
        ReadResult r = ScenarioReader.read("metadata: {title: T}\nclauses: [{id: a, title: A}]\ndelegations:\n"
                + "  - {id: X, name: X, influence: 1, clauses: &same {a: {position: 1, salience: 1}}}\n"
                + "  - {id: Y, name: Y, influence: 1, clauses: *same}\n", "t.yaml");
        assertEquals(Stance.of(1, 1), r.scenario().orElseThrow().delegations().get(1).stance("a"));
    }

    @Test
    void problemRendersInCompilerFormat() {
        Problem e = new Problem("s.yaml", 3, 7, "protocol.maxRounds", "maxRounds 0 is outside 1..10000", Problem.Severity.ERROR);
        assertEquals("s.yaml:3:7: protocol.maxRounds: maxRounds 0 is outside 1..10000", e.render());
        Problem w = new Problem("s.yaml", 1, 1, "clauses.a.statusQuo", "odd", Problem.Severity.WARNING);
        assertEquals("s.yaml:1:1: clauses.a.statusQuo: warning: odd", w.render());
        assertFalse(w.isError());
    }

    @Test
    void memberStateListHas193MembersAndTwoObservers() {
        assertEquals(195, MemberStates.codes().size());
        assertTrue(MemberStates.isKnown("PSE"));
        assertTrue(MemberStates.isKnown("VAT"));
        assertTrue(MemberStates.isKnown("SSD"), "South Sudan, the 193rd member");
        assertFalse(MemberStates.isKnown("TWN"), "not a UN member or observer state");
        assertEquals("Pakistan", MemberStates.name("PAK"));
    }

    @Test
    void suggestionsFindTyposButNotUnrelatedWords() {
        List<String> fields = List.of("position", "salience", "redLine", "rationale", "source");
        assertEquals("salience", Suggestions.closest("salince", fields).orElseThrow());
        assertEquals("redLine", Suggestions.closest("redline", fields).orElseThrow(), "case slip");
        assertTrue(Suggestions.closest("weight", fields).isEmpty());
        assertEquals("ARG", Suggestions.closest("ARX", MemberStates.codes()).orElseThrow());
        // Edit distance computed by hand: kitten → sitting is 3.
        assertEquals(3.0, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void userTextIsEscapedInMessages() {
        assertEquals("\"a\\nb\\u001b[31m\"", Quote.text("a\nb\u001b[31m"));
        assertEquals(63, Quote.bare("x".repeat(100)).length(), "cut at 60 characters plus '...'");
    }
}
