package org.plenary.core.model;

/** How a delegation's loss grows with the distance of a clause from its ideal point. */
public enum Loss {
    /** γ = 1: loss proportional to distance. */
    LINEAR(1),
    /** γ = 2: loss proportional to squared distance; small concessions are cheap. */
    QUADRATIC(2);

    private final int gamma;

    Loss(int gamma) {
        this.gamma = gamma;
    }

    /** The exponent γ of the utility function. */
    public int gamma() {
        return gamma;
    }
}
