package org.plenary.core.uncertainty;

import java.util.List;

/**
 * The uncertain inputs of a scenario: a default spread for every position and every salience, and
 * distributions for named fields (which replace the default spread for their field).
 *
 * @param positions default distribution of every stance's position, or {@code null} for none
 * @param saliences default distribution of every stance's salience, or {@code null} for none
 * @param inputs    distributions of named fields
 */
public record Uncertainty(Distribution positions, Distribution saliences, List<UncertainInput> inputs) {

    /** No uncertainty: every run uses the scenario's values. */
    public static final Uncertainty NONE = new Uncertainty(null, null, List.of());

    public Uncertainty {
        inputs = List.copyOf(inputs);
    }

    /** Whether nothing is uncertain. */
    public boolean isNone() {
        return positions == null && saliences == null && inputs.isEmpty();
    }
}
