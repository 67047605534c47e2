package org.plenary.core.explain;

import java.util.List;

/**
 * A round of a run that changed something, told as what changed.
 *
 * @param round            0-based round number
 * @param foldedBefore     rounds just before this one in which nothing changed (same draft, same answers)
 * @param accepting        delegations that accepted in this round but not in the one before, with margins
 * @param objecting        delegations that stopped accepting in this round, with margins
 * @param refusing         ids of delegations refusing because a red line is crossed in this round
 * @param forAdoption      whether this is the adoption pass of the round (general-assembly forum: the
 *                         chair tabled the same draft because a vote would adopt it)
 * @param reserving        ids of delegations joining the consensus with reservations in this round
 * @param callingVote      ids of delegations calling a recorded vote in this round
 * @param dropped          clauses the chair dropped after this round
 * @param moves            clauses the chair moved after this round (by more than 0.05 points)
 */
public record StoryRound(int round, int foldedBefore, List<Margin> accepting, List<Margin> objecting,
                         List<String> refusing, boolean forAdoption, List<String> reserving,
                         List<String> callingVote, List<String> dropped, List<ClauseMove> moves) {

    public StoryRound {
        accepting = List.copyOf(accepting);
        objecting = List.copyOf(objecting);
        refusing = List.copyOf(refusing);
        reserving = List.copyOf(reserving);
        callingVote = List.copyOf(callingVote);
        dropped = List.copyOf(dropped);
        moves = List.copyOf(moves);
    }
}
