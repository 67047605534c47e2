package org.plenary.core.protocol;

/** A delegation's answer to a draft. */
public enum ResponseKind {
    /** It can live with the draft. */
    ACCEPT,
    /** It objects and tables amendments toward its ideal points. */
    OBJECT,
    /** A red line is crossed: it cannot accept whatever its utility; it also tables amendments. */
    REFUSE;

    /** Whether this answer stands in the way of consensus. */
    public boolean blocks() {
        return this != ACCEPT;
    }
}
