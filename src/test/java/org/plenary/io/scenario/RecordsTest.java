package org.plenary.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding by component name: what lets a new scalar field be one entry of the description. */
class RecordsTest {

    enum Forum { CONSENSUS_ONLY, GENERAL_ASSEMBLY }

    record Settings(int rounds, double step, Forum forum, boolean callsVotes) {
    }

    @Test
    void buildsARecordFromValuesAsFilesWriteThem() {
        Settings s = Records.build(Settings.class, Map.of("rounds", 12L, "step", 0.25, "forum", "general-assembly",
                "callsVotes", true));
        assertEquals(new Settings(12, 0.25, Forum.GENERAL_ASSEMBLY, true), s);
        assertEquals(new Settings(12, 0.5, Forum.GENERAL_ASSEMBLY, true), Records.with(s, "step", 0.5));
        assertEquals("general-assembly", Records.written(Records.get(s, "forum")));
        assertEquals(12, Records.get(s, "rounds"));
    }

    record Member(String id, java.util.Map<String, Settings> stances) {
    }

    record Room(java.util.List<Member> members) {
    }

    @Test
    void aPathWalksRecordsListsByIdAndMapsAndReplacesAlongTheWay() {
        Settings a = new Settings(1, 0.5, Forum.CONSENSUS_ONLY, false);
        Settings b = new Settings(2, 0.5, Forum.CONSENSUS_ONLY, false);
        Room room = new Room(java.util.List.of(new Member("X", Map.of("a", a)), new Member("Y", Map.of("b", b))));
        // A file's "clauses" key names the "stances" component, as for a delegation.
        java.util.List<String> steps = java.util.List.of("members", "Y", "clauses", "b");
        Object found = room;
        for (String step : steps) {
            found = Records.step(found, step);
        }
        assertEquals(b, found);
        assertEquals(null, Records.step(room.members(), "Z"));
        Room changed = (Room) Records.replace(room, steps, Records.with(b, "rounds", 7));
        assertEquals(7, changed.members().get(1).stances().get("b").rounds());
        assertEquals(room.members().get(0), changed.members().get(0));
        assertEquals(2, room.members().get(1).stances().get("b").rounds());
    }

    @Test
    void aComponentWithoutAValueOrAnUnknownNameIsAnError() {
        assertThrows(IllegalStateException.class, () -> Records.build(Settings.class, Map.of("rounds", 1L)));
        assertThrows(IllegalStateException.class, () -> Records.with(new Settings(1, 1, Forum.CONSENSUS_ONLY, false),
                "steps", 1.0));
    }
}
