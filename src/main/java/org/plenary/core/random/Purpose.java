package org.plenary.core.random;

/** What a random stream is used for; each purpose has its own stream so that adding one never shifts another. */
public enum Purpose {
    /** Logistic acceptance draws of a delegation's responses. */
    RESPOND,
    /** Bloc members' cohesion draws in a vote. */
    VOTE,
    /** Draws of uncertain scenario inputs before a run. */
    UNCERTAINTY
}
