package org.plenary.core.explain;

/** An input of one delegation that the flip search changes, one at a time. */
public enum Lever {
    /** Its ideal point on a clause (scale points, 0–100). */
    POSITION("position", 1e-3),
    /** Its salience of a clause (0–1). */
    SALIENCE("salience", 1e-5),
    /** The lower end of its red line on a clause (scale points). */
    RED_LINE_MIN("redLine.min", 1e-3),
    /** The upper end of its red line on a clause (scale points). */
    RED_LINE_MAX("redLine.max", 1e-3),
    /** Its concession exponent β. */
    CONCESSION("concession", 1e-4);

    private final String field;
    private final double tolerance;

    Lever(String field, double tolerance) {
        this.field = field;
        this.tolerance = tolerance;
    }

    /** The field's name as in scenario files. */
    public String field() {
        return field;
    }

    /** Width of the bracket the bisection stops at, in the lever's units. */
    public double tolerance() {
        return tolerance;
    }
}
