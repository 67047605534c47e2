package org.plenary.core.protocol;

/** How a negotiation ended. */
public enum Outcome {
    /** Every negotiating delegation accepted the same draft. */
    CONSENSUS,
    /** No consensus, but the last draft won the majority rule's threshold of votes cast. */
    ADOPTED_BY_VOTE,
    /** No text adopted: the status quo holds. */
    NO_AGREEMENT;

    /** Whether a text was adopted. */
    public boolean adopted() {
        return this != NO_AGREEMENT;
    }
}
