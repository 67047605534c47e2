package org.plenary.io.source;

import org.plenary.core.uncertainty.Field;

/**
 * An interval of valid numbers, able to say in words what is valid ({@code 0..100},
 * {@code > 0}, {@code > 0 and <= 1}).
 */
public record Range(double min, boolean minOpen, double max, boolean maxOpen) {

    /** min ≤ x ≤ max. */
    public static Range closed(double min, double max) {
        return new Range(min, false, max, false);
    }

    /** x &gt; min. */
    public static Range above(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** x ≥ min. */
    public static Range atLeast(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** min &lt; x ≤ max. */
    public static Range aboveUpTo(double min, double max) {
        return new Range(min, true, max, false);
    }

    /** Any 64-bit integer. */
    public static Range anyLong() {
        return new Range(Long.MIN_VALUE, false, Long.MAX_VALUE, false);
    }

    /** Any finite number. */
    public static Range any() {
        return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    /** The valid values of an uncertain-input field. */
    public static Range of(Field field) {
        return new Range(field.min(), field.minExclusive(), field.max(), false);
    }

    public boolean contains(double x) {
        boolean lowOk = minOpen ? x > min : x >= min;
        boolean highOk = maxOpen ? x < max : x <= max;
        return lowOk && highOk;
    }

    /** The valid values in words. */
    public String describe() {
        if (Double.isInfinite(min)) {
            return "(any finite number)";
        }
        if (Double.isInfinite(max)) {
            return (minOpen ? "> " : ">= ") + format(min);
        }
        if (!minOpen && !maxOpen) {
            return format(min) + ".." + format(max);
        }
        return (minOpen ? "> " : ">= ") + format(min) + " and " + (maxOpen ? "< " : "<= ") + format(max);
    }

    /** The message for a value outside the range, e.g. {@code position 120 is outside 0..100}. */
    String violation(String field, String written) {
        String what = field + " " + Quote.bare(written);
        if (!minOpen && !maxOpen && !Double.isInfinite(max)) {
            return what + " is outside " + describe();
        }
        return what + " must be " + describe();
    }

    public static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }
}
