package org.plenary.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.experiment.sweep.Domain;
import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.Parameter;
import org.plenary.experiment.sweep.Point;

class PointsJournalTest {

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("protocol.maxRounds", Parameter.Kind.WHOLE, new Domain.Interval(1, 10, 10, true)),
            new Parameter("protocol.decisionRule", Parameter.Kind.CHOICE,
                    new Domain.Choices(List.of("consensus", "majority"))));
    private static final List<String> METRICS = Metric.names(List.of("A"));

    private static List<Metric> metrics(int id) {
        double p = id / 10.0;
        return List.of(new Metric("p_consensus", p, p / 2, (1 + p) / 2), new Metric("p_adopted_by_vote", 0, 0, 0.1),
                new Metric("p_no_agreement", 1 - p, 0, 1), new Metric("mean_rounds", id, id - 1, id + 1),
                new Metric("p_blocker_A", 0.5, 0.25, Double.NaN));
    }

    private static Point point(int id) {
        return new Point(id, new double[] {id + 1, id % 2});
    }

    private static void sweep(Path dir, boolean resume, int... ids) throws Exception {
        try (PointsJournal j = PointsJournal.open(dir, "sweep-1", PARAMETERS, METRICS, 4, resume)) {
            for (int id : ids) {
                if (!j.isDone(id)) {
                    j.append(point(id), metrics(id));
                }
            }
            if (ids.length == 4) {
                j.finish();
            }
        }
    }

    private static Set<Integer> done(PointsJournal j) {
        java.util.function.IntPredicate now = j.doneNow();
        return java.util.stream.IntStream.range(0, 4).filter(now).boxed().collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theTablesHaveTheDocumentedColumnsAndAreSortedByPoint(@TempDir Path dir) throws Exception {
        sweep(dir, false, 0, 2, 1, 3);
        List<String> wide = Files.readAllLines(dir.resolve("points.csv"));
        assertEquals("point,protocol.maxRounds,protocol.decisionRule,p_consensus,p_consensus_lower,p_consensus_upper,"
                + "p_adopted_by_vote,p_no_agreement,mean_rounds,p_blocker_A", wide.get(0));
        assertEquals("1,2,majority,0.1,0.05,0.55,0.0,0.9,1.0,0.5", wide.get(2));
        List<String> tall = Files.readAllLines(dir.resolve("points-long.csv"));
        assertEquals("point,metric,value,lower,upper", tall.get(0));
        assertEquals("0,p_consensus,0.0,0.0,0.5", tall.get(1));
        assertEquals("0,p_blocker_A,0.5,0.25,", tall.get(5), "an undefined bound is an empty cell");
        assertEquals(1 + 4 * 5, tall.size());
    }

    @Test
    void aResumedSweepDropsPartialPointsAndEndsByteIdentical(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        sweep(whole, false, 0, 2, 1, 3);
        Path cut = dir.resolve("cut");
        sweep(cut, false, 0, 2, 1);
        // A kill while point 1 was written: its long rows never made it, and a partial line follows.
        List<String> tall = Files.readAllLines(cut.resolve("points-long.csv"));
        Files.writeString(cut.resolve("points-long.csv"), String.join("\n", tall.subList(0, 1 + 2 * 5 + 2)) + "\n1,p_no",
                StandardCharsets.UTF_8);
        Files.writeString(cut.resolve("points.csv"), "3,4,maj", StandardOpenOption.APPEND);
        try (PointsJournal j = PointsJournal.open(cut, "sweep-1", PARAMETERS, METRICS, 4, true)) {
            assertEquals(Set.of(0, 2), done(j));
        }
        sweep(cut, true, 0, 2, 1, 3);
        assertEquals(Files.readString(whole.resolve("points.csv")), Files.readString(cut.resolve("points.csv")));
        assertEquals(Files.readString(whole.resolve("points-long.csv")), Files.readString(cut.resolve("points-long.csv")));
    }

    @Test
    void aPointWrittenTwiceIsInTheTablesOnceWhetherFinishedOrResumed(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        sweep(whole, false, 0, 2, 1, 3);
        // a result that came twice (a unit handed out again) is appended twice
        Path twice = dir.resolve("twice");
        try (PointsJournal j = PointsJournal.open(twice, "sweep-1", PARAMETERS, METRICS, 4, false)) {
            for (int id : new int[] {0, 2, 0, 1, 3, 1}) {
                j.append(point(id), metrics(id));
            }
            assertEquals(4, j.doneCount());
            j.finish();
        }
        assertEquals(Files.readString(whole.resolve("points.csv")), Files.readString(twice.resolve("points.csv")));
        assertEquals(Files.readString(whole.resolve("points-long.csv")), Files.readString(twice.resolve("points-long.csv")));
        // an interrupted folder holding points twice resumes with each once
        Path resumed = dir.resolve("resumed");
        try (PointsJournal j = PointsJournal.open(resumed, "sweep-1", PARAMETERS, METRICS, 4, false)) {
            for (int id : new int[] {2, 0, 2, 0}) {
                j.append(point(id), metrics(id));
            }
        }
        try (PointsJournal j = PointsJournal.open(resumed, "sweep-1", PARAMETERS, METRICS, 4, true)) {
            assertEquals(Set.of(0, 2), done(j));
            assertEquals(2, j.doneCount());
        }
        assertEquals(1 + 2, Files.readAllLines(resumed.resolve("points.csv")).size(), "the repeated rows went");
        assertEquals(1 + 2 * 5, Files.readAllLines(resumed.resolve("points-long.csv")).size(), "the repeated rows went");
        sweep(resumed, true, 0, 2, 1, 3);
        assertEquals(Files.readString(whole.resolve("points.csv")), Files.readString(resumed.resolve("points.csv")));
        assertEquals(Files.readString(whole.resolve("points-long.csv")), Files.readString(resumed.resolve("points-long.csv")));
    }

    @Test
    void aFolderOfAnotherSweepIsNotResumed(@TempDir Path dir) throws Exception {
        sweep(dir, false, 0);
        assertThrows(ResumeException.class, () -> PointsJournal.open(dir, "sweep-2", PARAMETERS, METRICS, 4, true));
        try (PointsJournal j = PointsJournal.open(dir, "sweep-2", PARAMETERS, METRICS, 4, false)) {
            assertEquals(Set.of(), done(j), "without --resume the sweep starts over");
        }
    }
}
