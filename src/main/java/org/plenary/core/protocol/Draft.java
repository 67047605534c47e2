package org.plenary.core.protocol;

import java.util.Arrays;

/**
 * A text on the table: one position per clause (in the order of the scenario's clauses) and which
 * clauses are dropped (a dropped clause's position is meaningless; the status quo holds for it).
 */
public record Draft(double[] positions, boolean[] dropped) {

    public Draft {
        positions = positions.clone();
        dropped = dropped.clone();
    }

    /** Position of clause c (undefined for a dropped clause). */
    public double position(int c) {
        return positions[c];
    }

    /** Whether clause c is dropped. */
    public boolean isDropped(int c) {
        return dropped[c];
    }

    @Override
    public double[] positions() {
        return positions.clone();
    }

    @Override
    public boolean[] dropped() {
        return dropped.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Draft d && Arrays.equals(positions, d.positions) && Arrays.equals(dropped, d.dropped);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(positions) + Arrays.hashCode(dropped);
    }

    @Override
    public String toString() {
        return "Draft" + Arrays.toString(positions) + (Arrays.toString(dropped));
    }
}
