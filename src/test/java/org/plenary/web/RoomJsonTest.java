package org.plenary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.Forum;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.Transcript;
import org.plenary.io.export.RunJson;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A room's rounds have the shape of {@code plenary run --format json}'s, plus the silent-seat flag. */
class RoomJsonTest {

    @Test
    void aRoomsRoundIsTheRunsRoundWithTheSilentSeatsMarked() {
        // The lone holdout under the General Assembly: its rounds carry ballots, a forecast, an adoption pass
        // and a reservation, all of which the room's transcript must show as the run's does.
        Scenario s = Fixtures.scenario().clause("k", 0).forum(Forum.GENERAL_ASSEMBLY)
                .state("A", 1, "k", 60, 1).state("B", 1, "k", 60, 1).state("C", 1, "k", 0, 1).build();
        RunResult r = Transcript.record(new NegotiationRun(new Negotiation(s)), 1, 0);
        for (RoundRecord round : r.transcript()) {
            ObjectNode room = RoomJson.round(s, round, Set.of("C"));
            ObjectNode run = RunJson.round(s, round);
            for (int i = 0; i < 3; i++) {
                ObjectNode x = (ObjectNode) run.get("responses").get(i);
                x.put("byModelForSilentSeat", x.get("delegation").asText().equals("C"));
            }
            assertEquals(run, room);
        }
        assertEquals("reserve", RoomJson.round(s, r.transcript().get(2), Set.of()).get("responses").get(2)
                .get("response").asText());
    }
}
