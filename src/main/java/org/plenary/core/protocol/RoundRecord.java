package org.plenary.core.protocol;

import java.util.List;

/**
 * What happened in one round (or in its adoption pass): the draft on the table, every answer,
 * and what the chair made of them.
 *
 * @param round       0-based round number t
 * @param draft       the text the delegations answered
 * @param responses   answers in the order of delegation ids
 * @param dropped     ids of clauses the chair dropped after this round
 * @param forecast    general-assembly forum: the chair's forecast of a vote on this draft from the
 *                    answers' ballots (yes, no, abstain, threshold), else {@code null}
 * @param forAdoption whether the chair tabled this draft for adoption (the adoption pass of the round)
 */
public record RoundRecord(int round, Draft draft, List<Response> responses, List<String> dropped,
                          VoteTally forecast, boolean forAdoption) {

    public RoundRecord {
        responses = List.copyOf(responses);
        dropped = List.copyOf(dropped);
    }

    /** A round of the first protocol. */
    public RoundRecord(int round, Draft draft, List<Response> responses, List<String> dropped) {
        this(round, draft, responses, dropped, null, false);
    }

    /** Whether the forecast says a vote would adopt this draft. */
    public boolean voteWouldAdopt() {
        return forecast != null && forecast.yes() > 0
                && forecast.yes() >= forecast.threshold() * (forecast.yes() + forecast.no()) - Ballot.THRESHOLD_TOLERANCE;
    }
}
