package org.plenary.core.backtest;

import java.util.Locale;

/** How a past negotiation ended, in the classes of UN practice. */
public enum ObservedOutcome {
    /** Adopted without a vote, nobody dissociating from any part. */
    CONSENSUS,
    /** Adopted without a vote, with named delegations dissociating from named clauses. */
    CONSENSUS_WITH_RESERVATIONS,
    /** Adopted by a recorded vote. */
    ADOPTED_BY_VOTE,
    /** No text adopted. */
    NO_AGREEMENT;

    /** The name as written in scenario files, e.g. {@code consensus-with-reservations}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The outcome written as {@code key}, e.g. {@code adopted-by-vote}. */
    public static ObservedOutcome ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
