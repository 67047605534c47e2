package org.plenary.core.uncertainty;

/**
 * A numeric input of a scenario that can be uncertain, with the range its values must stay in.
 */
public enum Field {
    /** A delegation's ideal point on a clause. */
    POSITION(0, 100, false, true),
    /** A delegation's salience of a clause. */
    SALIENCE(0, 1, false, true),
    /** A delegation's influence (&gt; 0, unbounded above). */
    INFLUENCE(0, Double.POSITIVE_INFINITY, true, false),
    /** A bloc's cohesion. */
    COHESION(0, 1, false, true),
    /** A delegation's concession exponent β (&gt; 0, unbounded above). */
    CONCESSION(0, Double.POSITIVE_INFINITY, true, false),
    /** A clause's status quo. */
    STATUS_QUO(0, 100, false, true),
    /** The chair's step λ, in (0, 1]. */
    MEDIATOR_STEP(0, 1, true, true),
    /** The acceptance temperature τ ≥ 0 (unbounded above). */
    TEMPERATURE(0, Double.POSITIVE_INFINITY, false, false),
    /** The vote threshold, in (0, 1]. */
    THRESHOLD(0, 1, true, true),
    /** The lower end of a delegation's red line on a clause; drawn in order with its upper end. */
    RED_LINE_MIN(0, 100, false, true),
    /** The upper end of a delegation's red line on a clause; drawn in order with its lower end. */
    RED_LINE_MAX(0, 100, false, true);

    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final boolean bounded;

    Field(double min, double max, boolean minExclusive, boolean bounded) {
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.bounded = bounded;
    }

    /** Lowest valid value (exclusive when {@link #minExclusive()}). */
    public double min() {
        return min;
    }

    /** Highest valid value (inclusive; infinite when unbounded). */
    public double max() {
        return max;
    }

    /** Whether {@link #min()} itself is invalid. */
    public boolean minExclusive() {
        return minExclusive;
    }

    /** Whether the range is finite (a Beta can be scaled to it). */
    public boolean bounded() {
        return bounded;
    }

    /** Whether {@code value} is a valid value of this field. */
    public boolean admits(double value) {
        return (minExclusive ? value > min : value >= min) && value <= max;
    }
}
