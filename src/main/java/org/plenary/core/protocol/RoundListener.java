package org.plenary.core.protocol;

/**
 * Told of every round of a run, for transcripts and teaching displays. The arrays are the run's
 * scratch space: read them during the call, do not keep them.
 */
public interface RoundListener {

    /**
     * A round has been answered.
     *
     * @param round     t
     * @param text      the draft answered
     * @param dropped   dropped clauses of that draft
     * @param responses responses[i] of delegation i (ids sorted)
     */
    void answered(int round, double[] text, boolean[] dropped, ResponseKind[] responses);

    /** The chair dropped clause c after {@code round}. */
    default void droppedClause(int round, int clause) {
    }

    /** General-assembly forum: the chair's forecast of a vote on the draft just answered. */
    default void forecast(int round, int yes, int no, int abstain, boolean adopts) {
    }

    /** General-assembly forum: the chair tables the same draft for adoption; it is answered again in this round. */
    default void tabledForAdoption(int round) {
    }
}
