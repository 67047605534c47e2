package org.plenary.core.model;

import java.util.Locale;

/**
 * The rules of the body that negotiates (scenario field {@code protocol.forum}). A scenario without
 * a forum keeps the first protocol: objections veto, red lines are met by dropping clauses, and
 * {@code decisionRule} alone decides at the end of the rounds.
 */
public enum Forum {
    /** One objection blocks to the end, as in bodies that decide only by consensus; no vote. */
    CONSENSUS_ONLY,
    /**
     * Consensus is sought; a delegation that would be outvoted joins with reservations or calls a
     * recorded vote, the chair negotiates in the shadow of that vote, and a vote closes the rounds
     * when consensus fails (adoption by {@code threshold} of yes over yes + no).
     */
    GENERAL_ASSEMBLY,
    /** No negotiated text: the chair issues a summary with convergence language on some clauses and divergent views on the others. */
    CHAIR_SUMMARY;

    /** The name as written in scenario files, e.g. {@code general-assembly}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The forum written as {@code key}, or {@code null} when there is none. */
    public static Forum ofKey(String key) {
        for (Forum f : values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }
}
