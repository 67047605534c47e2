package org.plenary.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.model.Scenario;
import org.plenary.experiment.sweep.Design;
import org.plenary.experiment.sweep.Point;
import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.io.scenario.FieldPath;
import org.plenary.io.source.Problem;

class SweepSpecReaderTest {

    private static final String DIR = "src/test/resources/sweeps/";

    @Test
    void everyProblemIsReportedAtOnceWithItsPlaceAndTheNearestValidPaths() {
        SweepSpecResult r = SweepSpecReader.read(Path.of(DIR + "broken.yaml"));
        assertTrue(r.hasErrors());
        String f = DIR + "broken.yaml";
        assertEquals(List.of(
                f + ":2:1: points: missing required field 'points' (the number of points of the lhs design)",
                f + ":6:11: parameters[0].path: unknown field path 'delegations.A.clauses.c1.positon'; nearest valid"
                        + " paths: 'delegations.A.clauses.c1.position', 'delegations.A.clauses.c2.position',"
                        + " 'delegations.B.clauses.c1.position'",
                f + ":8:11: parameters[1].path: the field path 'delegations.X.clauses.c1.position' names nothing in"
                        + " the scenario: there is no delegation 'X'; nearest valid paths:"
                        + " 'delegations.A.clauses.c1.position', 'delegations.B.clauses.c1.position',"
                        + " 'delegations.C.clauses.c1.position'",
                f + ":11:19: parameters[2].levels[1]: salience 1.5 is outside 0..1",
                f + ":13:17: parameters[3].levels[1]: maxRounds 4.5 is not a whole number; expected a whole number"
                        + " 1..10000",
                f + ":15:25: parameters[4].levels[1]: decisionRule 'majorty' is not valid; did you mean 'majority'?"
                        + " valid values: consensus, majority",
                f + ":17:28: parameters[5].range.max: max 0.1 is below min 0.2"),
                r.problems().stream().map(Problem::render).toList());
    }

    @Test
    void aValidSpecificationGivesItsGridAndSetsTheFieldsOfEachPoint() {
        SweepSpec spec = SweepSpecReader.read(Path.of(DIR + "three-grid.yaml")).spec().orElseThrow();
        assertEquals(Design.GRID, spec.design());
        assertEquals(15, spec.points());
        assertEquals(300, spec.runs());
        assertEquals(11, spec.seed());
        SweepPlan plan = spec.plan();
        Point p = plan.points().get(4); // c1 position 25, maxRounds 3
        Scenario s = spec.at(p);
        assertEquals(25, FieldPath.resolve(s, "delegations.A.clauses.c1.position").number(s));
        assertEquals(3, s.protocol().maxRounds());
        assertEquals(List.of("p_consensus", "p_adopted_by_vote", "p_no_agreement", "mean_rounds", "p_blocker_A",
                "p_blocker_B", "p_blocker_C"), spec.metrics());
    }

    @Test
    void aWildcardNamesEveryMatchingField() {
        SweepSpec spec = SweepSpecReader.read(Path.of(DIR + "three-sensitivity.yaml")).spec().orElseThrow();
        assertEquals(List.of("delegations.A.clauses.c1.position", "delegations.B.clauses.c1.position",
                "delegations.C.clauses.c1.position"), spec.parameters().stream().map(x -> x.path()).toList());
        assertEquals(16 * 5, spec.sensitivityPlan().points().size());
    }

    @Test
    void aLatinHypercubeIsLimitedToWhatItHoldsInMemoryAndSobolIsNot(@TempDir Path dir) throws Exception {
        Path scenario = Path.of("src/test/resources/cli/three-delegations.yaml").toAbsolutePath();
        Path file = dir.resolve("big.yaml");
        String params = "parameters:\n  - path: delegations.*.clauses.c1.salience\n    spread: 0.1\n";
        Files.writeString(file, "scenario: " + scenario + "\ndesign: lhs\npoints: 1333334\n" + params);
        assertEquals(List.of(file + ":3:9: points: a Latin hypercube is drawn whole and held in memory: points ×"
                + " parameters at most 4,000,000, here 1,333,334 × 3; use at most 1,333,333 points, or a sobol or"
                + " random design (made point by point)"),
                SweepSpecReader.read(file).problems().stream().map(p -> p.render()).toList());
        Files.writeString(file, "scenario: " + scenario + "\ndesign: lhs\npoints: 1333333\n" + params);
        assertTrue(SweepSpecReader.read(file).spec().isPresent());
        Files.writeString(file, "scenario: " + scenario + "\ndesign: sobol\npoints: 10000000\n" + params);
        assertEquals(10_000_000, SweepSpecReader.read(file).spec().orElseThrow().plan().points().size());
    }

    @Test
    void aSpreadVariesAFieldAroundItsValueWithinItsRange(@TempDir Path dir) throws Exception {
        Path scenario = Path.of("src/test/resources/cli/three-delegations.yaml").toAbsolutePath();
        Path file = dir.resolve("spread.yaml");
        Files.writeString(file, "scenario: " + scenario + "\nparameters:\n"
                + "  - path: delegations.A.clauses.c1.salience\n    spread: 0.3\n"
                + "  - path: protocol.maxRounds\n    spread: {by: 1, steps: 3}\n");
        SweepSpec spec = SweepSpecReader.read(file).spec().orElseThrow();
        // salience 0.8 ± 0.3 is cut at 1: 0.5, 0.75, 1; maxRounds 3 ± 1: 2, 3, 4.
        List<Point> points = spec.plan().points();
        assertEquals(9, points.size());
        assertEquals(0.5, points.get(0).value(0), 1e-12);
        assertEquals(1.0, points.get(8).value(0), 1e-12);
        assertEquals(2, points.get(0).value(1));
        assertEquals(4, points.get(8).value(1));
        assertEquals(1, spec.seed(), "the scenario's seed by default");
    }

    /** A scenario whose delegation A has the red line 0..40 on c1. */
    private static Path redLineScenario(Path dir) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/cli/three-delegations.yaml"))
                .replace("c1: {position: 10, salience: 0.8}", "c1: {position: 10, salience: 0.8, redLine: {min: 0, max: 40}}");
        Path file = dir.resolve("red.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aRedLineIsSweptAndEachPointKeepsItInOrder(@TempDir Path dir) throws Exception {
        Path scenario = redLineScenario(dir);
        Path file = dir.resolve("red-sweep.yaml");
        Files.writeString(file, "scenario: " + scenario + "\nparameters:\n"
                + "  - path: delegations.A.clauses.c1.redLine.max\n    levels: [20, 60, 100]\n"
                + "  - path: delegations.A.clauses.c1.redLine.min\n    levels: [0, 10]\n");
        SweepSpec spec = SweepSpecReader.read(file).spec().orElseThrow();
        List<Point> points = spec.plan().points();
        assertEquals(6, points.size());
        Scenario s = spec.at(points.get(5));
        assertEquals(new org.plenary.core.model.RedLine(10, 100), s.delegations().get(0).stance("c1").redLine());
        assertEquals(10, s.delegations().get(0).stance("c1").position(), "the stance's other fields stay");
    }

    @Test
    void aRedLineSweepThatCouldPutMinAboveMaxIsRefused(@TempDir Path dir) throws Exception {
        Path scenario = redLineScenario(dir);
        Path file = dir.resolve("red-bad.yaml");
        Files.writeString(file, "scenario: " + scenario + "\nparameters:\n"
                + "  - {path: delegations.A.clauses.c1.redLine.min, levels: [0, 30]}\n"
                + "  - {path: delegations.A.clauses.c1.redLine.max, levels: [25, 60]}\n"
                + "  - {path: delegations.B.clauses.c1.redLine.max, levels: [25, 60]}\n");
        assertEquals(List.of(
                file + ":3:3: parameters: the red line A / c1 would be out of order: min reaches 30 but max goes"
                        + " down to 25; keep every value of min at or below every value of max",
                file + ":5:12: parameters[2].path: the field path 'delegations.B.clauses.c1.redLine.max' names nothing"
                        + " in the scenario: B has no red line on clause 'c1'; nearest valid paths:"
                        + " 'delegations.A.clauses.c1.redLine.max', 'delegations.A.clauses.c1.redLine.min',"
                        + " 'delegations.B.clauses.c1.salience'"),
                SweepSpecReader.read(file).problems().stream().map(Problem::render).toList());
        // Alone, a bound stays on its side of the other bound as the scenario has it (0..40).
        Files.writeString(file, "scenario: " + scenario + "\nparameters:\n"
                + "  - {path: delegations.A.clauses.c1.redLine.min, levels: [0, 50]}\n");
        assertEquals(List.of(file + ":3:62: parameters[0].levels[1]: min 50 is outside 0..40"),
                SweepSpecReader.read(file).problems().stream().map(Problem::render).toList());
    }

    @Test
    void aSweptRedLineBoundStaysBelowTheDrawsOfItsOtherEnd(@TempDir Path dir) throws Exception {
        // The max 40 is drawn uniform on [20, 40] in every run: a swept min must stay at or below 20.
        Path scenario = redLineScenario(dir);
        Files.writeString(scenario, Files.readString(scenario)
                + "\nuncertainty:\n  fields:\n    delegations.A.clauses.c1.redLine.max: {uniform: {lo: 20, hi: 40}}\n");
        Path file = dir.resolve("red-drawn.yaml");
        Files.writeString(file, "scenario: " + scenario + "\nparameters:\n"
                + "  - {path: delegations.A.clauses.c1.redLine.min, levels: [0, 30]}\n");
        assertEquals(List.of(file + ":3:62: parameters[0].levels[1]: min 30 is outside 0..20"),
                SweepSpecReader.read(file).problems().stream().map(Problem::render).toList());
    }

    @Test
    void aProblemOfTheScenarioIsReportedWithTheScenarioFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), "metadata: {title: x}\n");
        Path file = dir.resolve("spec.json");
        String text = "{\"scenario\": \"s.yaml\", \"parameters\": [{\"path\": \"protocol.maxRounds\","
                + " \"levels\": [1, 2]}], \"sede\": 3}";
        Files.writeString(file, text);
        List<String> lines = SweepSpecReader.read(file).problems().stream().map(Problem::render).toList();
        assertTrue(lines.get(0).startsWith(file + ":1:14: scenario: the scenario \"s.yaml\" cannot be used"), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":1:" + (text.indexOf("\"sede\"") + 1) + ": sede: unknown field 'sede';"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(dir.resolve("s.yaml") + ":")), lines.toString());
    }

    @Test
    void anEmptyOversizedOrMisnamedSpecificationIsToldWhatASpecificationIs(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");
        Path json = Files.writeString(dir.resolve("empty.json"), "  \n");
        String what = "the file is empty; a sweep specification is a mapping with the base scenario and the parameters to vary";
        assertEquals(List.of(yaml + ":1:1: $: " + what), SweepSpecReader.read(yaml).problems().stream().map(Problem::render).toList());
        assertEquals(List.of(json + ":1:1: $: " + what), SweepSpecReader.read(json).problems().stream().map(Problem::render).toList());
        Path txt = Files.writeString(dir.resolve("spec.txt"), "scenario: s.yaml\n");
        assertEquals(List.of(txt + ":1:1: $: unsupported file name; a sweep specification ends in .yaml, .yml or .json"),
                SweepSpecReader.read(txt).problems().stream().map(Problem::render).toList());
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[SweepSpecReader.MAX_BYTES + 1]);
        assertEquals(List.of(big + ":1:1: $: the file is 1,048,577 bytes, over the limit of 1 MB (1,048,576 bytes)"
                + " for sweep specifications"), SweepSpecReader.read(big).problems().stream().map(Problem::render).toList());
    }
}
