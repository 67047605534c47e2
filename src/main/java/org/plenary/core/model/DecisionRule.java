package org.plenary.core.model;

/** What decides when the rounds run out without consensus. */
public enum DecisionRule {
    /** No consensus means no agreement. */
    CONSENSUS,
    /** The last draft is put to a vote and adopted with the protocol's threshold of the votes cast. */
    MAJORITY
}
