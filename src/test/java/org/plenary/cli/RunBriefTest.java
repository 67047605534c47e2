package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code plenary run --brief} and the nearest scale label shown with its position. */
class RunBriefTest {

    private static final String CLASSROOM = "scenarios/classroom-3.yaml";

    @Test
    void aLabelFarFromThePositionIsShownWithItsOwnPosition() {
        Cli.Ran r = Cli.run("run", CLASSROOM, "--color", "never");
        assertEquals(0, r.code(), r.err());
        // 56.9 is 6.9 points from the label at 50: it must not read as that label.
        assertTrue(r.out().contains("ai-fund          56.9  (nearest: voluntary fund with a target at 50)"), r.out());
        assertFalse(r.out().contains("≈"), r.out());
    }

    @Test
    void briefFoldsRepeatedRoundsAndShowsOnlyChanges() {
        // Classroom: round 2 has the same draft as round 1 (everyone objected, the pulls cancel) but Broker and
        // South now accept; round 3 moves all three clauses and North accepts.
        Cli.Ran full = Cli.run("run", CLASSROOM, "--color", "never");
        Cli.Ran brief = Cli.run("run", CLASSROOM, "--color", "never", "--brief");
        assertEquals(0, brief.code(), brief.err());
        assertTrue(brief.out().lines().count() < full.out().lines().count());
        assertTrue(brief.out().contains("  Draft (clauses that moved)\n    (none)\n"), brief.out());
        assertTrue(brief.out().contains("binding-rules    55.0 →  60.2"), brief.out());
        assertTrue(brief.out().contains("(1 other: the same answer as in the round before)"), brief.out());
        // The outcome part is the same as the full transcript's.
        String tail = full.out().substring(full.out().indexOf("Outcome:"));
        assertTrue(brief.out().endsWith(tail), brief.out());
    }

    @Test
    void briefFoldsRoundsThatRepeatEverything() {
        // Two hard-liners both object in rounds 1 and 2 and the compromise stays put: round 2 repeats
        // round 1. (A fixture, not the flagship, whose conceders already accept in round 2.)
        Cli.Ran brief = Cli.run("run", "src/test/resources/brief/two-hardliners.yaml", "--color", "never", "--brief");
        assertEquals(0, brief.code(), brief.err());
        assertTrue(brief.out().contains("the same draft and the same answers."), brief.out());
    }
}
