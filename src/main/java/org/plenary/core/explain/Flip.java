package org.plenary.core.explain;

import org.plenary.core.protocol.Outcome;

/**
 * The smallest change of one input found to change a run's outcome.
 *
 * @param delegationId whose input
 * @param lever        which input
 * @param clauseId     the clause (null for the concession exponent)
 * @param from         its value in the scenario
 * @param to           the value at which the outcome changes (within the lever's tolerance, on the
 *                     flipped side)
 * @param outcome      the outcome there
 */
public record Flip(String delegationId, Lever lever, String clauseId, double from, double to, Outcome outcome) {

    /** |to − from|, in the lever's units. */
    public double size() {
        return Math.abs(to - from);
    }
}
