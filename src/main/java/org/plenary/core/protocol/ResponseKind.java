package org.plenary.core.protocol;

/** A delegation's answer to a draft. */
public enum ResponseKind {
    /** It can live with the draft. */
    ACCEPT,
    /** It objects and tables amendments toward its ideal points. */
    OBJECT,
    /** A red line is crossed: it cannot accept whatever its utility; it also tables amendments. */
    REFUSE,
    /**
     * General-assembly forum, on a draft the chair has said a vote would adopt: it would be
     * outvoted, so it joins the consensus and dissociates itself from named clauses.
     */
    RESERVE,
    /**
     * General-assembly forum, on a draft the chair has said a vote would adopt: it would be
     * outvoted and calls a recorded vote to put its no on record.
     */
    CALL_VOTE;

    /** Whether this answer stands in the way of consensus (a reservation does not). */
    public boolean blocks() {
        return this == OBJECT || this == REFUSE || this == CALL_VOTE;
    }

    /** Whether it tables amendments with this answer (an objection or a refusal). */
    public boolean amends() {
        return this == OBJECT || this == REFUSE;
    }

    /** The word the outputs use: accept, object, refuse, reserve, call-vote. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
