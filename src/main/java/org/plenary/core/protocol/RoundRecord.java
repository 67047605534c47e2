package org.plenary.core.protocol;

import java.util.List;

/**
 * What happened in one round: the draft on the table, every answer, and the draft the chair
 * tables next (absent after the last round or at consensus).
 *
 * @param round     0-based round number t
 * @param draft     the text the delegations answered
 * @param responses answers in the order of delegation ids
 * @param dropped   ids of clauses the chair dropped after this round
 */
public record RoundRecord(int round, Draft draft, List<Response> responses, List<String> dropped) {

    public RoundRecord {
        responses = List.copyOf(responses);
        dropped = List.copyOf(dropped);
    }
}
