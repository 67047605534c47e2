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
}
