package org.plenary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.SeatedRun.SeatAnswer;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.scenario.ScenarioReader;

/** The rules of a shared classroom room, step by step with a clock the test moves. */
class RoomTest {

    private static final long MINUTE = 60_000;

    private static Scenario classroom() {
        return ScenarioReader.read(Path.of("scenarios/classroom-3.yaml")).scenario().orElseThrow();
    }

    private static Room room() {
        return new Room("ABC234", classroom(), 1, MINUTE, new Random(5));
    }

    @Test
    void aSeatCannotBeClaimedTwiceNorAnsweredWithAnotherSeatsToken() {
        Room room = room();
        Room.Seat north = room.claim("North", "Ana", 0);
        Room.Refused twice = assertThrows(Room.Refused.class, () -> room.claim("North", "Ben", 0));
        assertEquals("North is already taken by Ana (if that was you, rejoin with your seat's link)",
                twice.getMessage());
        Room.Seat south = room.claim("South", "Ben", 0);
        assertNotEquals(north.token(), south.token());
        room.start(room.teacherToken(), 0);
        Room.Refused other = assertThrows(Room.Refused.class,
                () -> room.answer("North", south.token(), 0, SeatAnswer.accept(), 1));
        assertEquals("this is not your seat: North", other.getMessage());
        assertThrows(Room.Refused.class, () -> room.claim("Nowhere", "Cy", 0));
        assertThrows(Room.Refused.class, () -> room.start(north.token(), 0), "a student is not the teacher");
    }

    @Test
    void aLostConnectionRejoinsItsSeatWithItsToken() {
        Room room = room();
        Room.Seat north = room.claim("North", "Ana", 0);
        assertEquals(north, room.rejoin("North", north.token()));
        assertThrows(Room.Refused.class, () -> room.rejoin("North", "0".repeat(32)));
        assertEquals(0.918, room.desk("North", north.token(), 0).utility(), 5e-4);
    }

    @Test
    void theRoundClosesWhenEverySeatHasAnsweredAndALateAnswerIsRefused() {
        Room room = room();
        Room.Seat north = room.claim("North", "Ana", 0);
        Room.Seat south = room.claim("South", "Ben", 0);
        assertThrows(Room.Refused.class, () -> room.answer("North", north.token(), 0, SeatAnswer.accept(), 0),
                "not started");
        room.start(room.teacherToken(), 0);
        room.answer("North", north.token(), 0, SeatAnswer.object(Map.of("binding-rules", 80.0)), 1_000);
        Room.View mid = room.view(1_000);
        assertEquals(0, mid.round());
        assertTrue(mid.seats().get("North").answered());
        assertFalse(mid.seats().get("South").answered());
        assertNull(mid.seats().get("Broker").student(), "the model plays Broker");
        room.answer("South", south.token(), 0, SeatAnswer.object(Map.of("ai-fund", 80.0)), 2_000);
        Room.View next = room.view(2_000);
        assertEquals(1, next.round(), "both seats answered: round 2 is on the table");
        assertEquals(1, next.rounds().size());
        assertEquals(List.of(Set.of()), next.silent());
        assertEquals(MINUTE, next.millisLeft(), "a new round has its full time");
        Room.Refused late = assertThrows(Room.Refused.class,
                () -> room.answer("North", north.token(), 0, SeatAnswer.accept(), 3_000));
        assertEquals("round 1 is closed; the draft of round 2 is on the table", late.getMessage());
    }

    @Test
    void aSeatSilentPastTheTimeLimitIsAnsweredByTheModel() {
        Room room = room();
        Room.Seat north = room.claim("North", "Ana", 0);
        room.claim("South", "Ben", 0);
        room.start(room.teacherToken(), 0);
        room.answer("North", north.token(), 0, SeatAnswer.object(Map.of("binding-rules", 80.0)), 1_000);
        room.tick(MINUTE - 1);
        assertEquals(0, room.view(MINUTE - 1).round(), "time is not up yet");
        Room.View after = room.view(MINUTE);
        assertEquals(1, after.round());
        assertEquals(List.of(Set.of("South")), after.silent());
        // South's model answer (object) stands in the transcript.
        assertEquals(ResponseKind.OBJECT, after.rounds().get(0).responses().get(2).kind());
    }

    @Test
    void pausingStopsTheClockAndEndingLetsTheModelFinish() {
        Room room = room();
        room.claim("North", "Ana", 0);
        room.start(room.teacherToken(), 0);
        room.pause(room.teacherToken(), 20_000);
        assertEquals(Room.State.PAUSED, room.view(10 * MINUTE).state());
        assertEquals(0, room.view(10 * MINUTE).round(), "no round closes while paused");
        assertEquals(40_000, room.view(10 * MINUTE).millisLeft());
        room.resume(room.teacherToken(), 10 * MINUTE);
        assertEquals(0, room.view(10 * MINUTE + 39_999).round());
        assertEquals(1, room.view(10 * MINUTE + 40_000).round());
        room.end(room.teacherToken(), 11 * MINUTE);
        Room.View over = room.view(11 * MINUTE);
        assertEquals(Room.State.ENDED, over.state());
        assertNull(over.draft());
        // Nobody answered: the model's own run, as `plenary run` plays it.
        assertEquals(new LocalEngine().negotiate(classroom(), 1, 0, true).outcome(), over.result().outcome());
        assertThrows(Room.Refused.class, () -> room.claim("South", "Ben", 11 * MINUTE));
    }
}
