package org.plenary.core.protocol;

/** How a negotiation ended. */
public enum Outcome {
    /** Every negotiating delegation accepted the same draft. */
    CONSENSUS,
    /**
     * Adopted without a vote, but some delegations that would have been outvoted joined the
     * consensus while dissociating themselves from named clauses (general-assembly forum).
     */
    CONSENSUS_WITH_RESERVATIONS,
    /** No consensus, but a recorded vote on the last draft reached the threshold of yes over yes + no. */
    ADOPTED_BY_VOTE,
    /**
     * No consensus under the chair-summary forum: the chair issues a summary in which some clauses
     * carry convergence language and the others are reported as divergent views.
     */
    CHAIR_SUMMARY,
    /** No text adopted: the status quo holds. */
    NO_AGREEMENT;

    /** Whether a text was adopted (or, for a chair's summary, issued). */
    public boolean adopted() {
        return this != NO_AGREEMENT;
    }

    /** Whether the text was agreed without a vote: consensus, with or without reservations. */
    public boolean consensual() {
        return this == CONSENSUS || this == CONSENSUS_WITH_RESERVATIONS;
    }
}
