package org.plenary.core.model;

/**
 * The closed interval of positions a delegation can ever accept on a clause.
 *
 * @param min lowest acceptable position, 0–100
 * @param max highest acceptable position, 0–100, at least {@code min}
 */
public record RedLine(double min, double max) {

    /** Whether {@code position} lies inside the interval. */
    public boolean admits(double position) {
        return position >= min && position <= max;
    }
}
