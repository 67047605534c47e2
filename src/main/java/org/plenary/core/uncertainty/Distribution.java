package org.plenary.core.uncertainty;

/**
 * How an uncertain input is drawn in each Monte Carlo run. A description only: the random values
 * come from the stream passed at sampling time.
 */
public sealed interface Distribution permits Distribution.Normal, Distribution.Uniform, Distribution.Triangular,
        Distribution.Beta {

    /**
     * The scenario's value plus a normal offset: base + N(offset, sd²). Draws outside the field's
     * valid range are rejected and redrawn, so the result follows the normal truncated to the range.
     *
     * @param offset mean shift from the scenario's value
     * @param sd     standard deviation, ≥ 0
     */
    record Normal(double offset, double sd) implements Distribution {
    }

    /**
     * Uniform on [lo, hi] (absolute values, inside the field's range), whatever the scenario's value.
     */
    record Uniform(double lo, double hi) implements Distribution {
    }

    /** Triangular on [lo, hi] with its peak at {@code mode} (absolute values). */
    record Triangular(double lo, double mode, double hi) implements Distribution {
    }

    /**
     * Beta(α, β) scaled to the field's range [min, max]: min + (max − min)·B. Only for bounded
     * fields (positions, saliences, cohesion, thresholds, the mediator step, status quo).
     */
    record Beta(double alpha, double beta) implements Distribution {
    }
}
