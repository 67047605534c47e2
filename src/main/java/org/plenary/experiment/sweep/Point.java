package org.plenary.experiment.sweep;

import java.util.Arrays;

/**
 * One point of a sweep: its id (0-based, the order of the design) and one value per parameter.
 */
public final class Point {

    private final int id;
    private final double[] values;

    /** Point {@code id} with {@code values} in the order of the sweep's parameters (copied). */
    public Point(int id, double[] values) {
        this.id = id;
        this.values = values.clone();
    }

    /** The point's id. */
    public int id() {
        return id;
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    /** The value of parameter {@code i}. */
    public double value(int i) {
        return values[i];
    }

    /** The values, copied. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Point p && p.id == id && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * id + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "point " + id + " " + Arrays.toString(values);
    }
}
