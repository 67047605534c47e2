package org.plenary.io.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.plenary.io.source.SourceNode.ListNode;
import org.plenary.io.source.SourceNode.MapNode;
import org.plenary.io.source.SourceNode.ScalarNode;
import org.plenary.io.source.SourceNode.ScalarType;

/**
 * Type and range checks of single nodes. Each method reports what is wrong and returns null, so
 * that the caller can go on and find the file's other problems.
 */
public final class Expect {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Expect() {
    }

    /** Text, or null after reporting. */
    public static String text(SourceNode node, String path, Problems problems) {
        if (node instanceof ScalarNode s && s.type() == ScalarType.STRING) {
            return (String) s.value();
        }
        wrongType(node, path, problems, "text", hint(node));
        return null;
    }

    /** true or false, or null after reporting. */
    public static Boolean bool(SourceNode node, String path, Problems problems) {
        if (node instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
            return (Boolean) s.value();
        }
        wrongType(node, path, problems, "true or false", "");
        return null;
    }

    /** A finite number inside {@code range}, or null after reporting. */
    public static Double number(SourceNode node, String path, String field, Range range, Problems problems) {
        BigDecimal d = decimal(node, path, problems, "a number " + range.describe());
        if (d == null) {
            return null;
        }
        double x = d.doubleValue();
        if (Double.isInfinite(x)) {
            problems.error(node.mark(), path, field + " " + Quote.bare(((ScalarNode) node).text())
                    + " is too large; expected a number " + range.describe());
            return null;
        }
        if (!range.contains(x)) {
            problems.error(node.mark(), path, range.violation(field, ((ScalarNode) node).text()));
            return null;
        }
        return x;
    }

    /** A whole number inside {@code range} (a fraction such as 2.5 is an error; 2.0 is 2), or null after reporting. */
    public static Long integer(SourceNode node, String path, String field, Range range, Problems problems) {
        String expected = range.equals(Range.anyLong()) ? "a whole number" : "a whole number " + range.describe();
        BigDecimal d = decimal(node, path, problems, expected);
        if (d == null) {
            return null;
        }
        String written = Quote.bare(((ScalarNode) node).text());
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            problems.error(node.mark(), path, field + " " + written + " is not a whole number; expected " + expected);
            return null;
        }
        if (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
            problems.error(node.mark(), path, field + " " + written + " does not fit in a 64-bit integer; expected "
                    + expected);
            return null;
        }
        long x = d.longValueExact();
        if (!range.contains(x)) {
            problems.error(node.mark(), path, range.violation(field, ((ScalarNode) node).text()));
            return null;
        }
        return x;
    }

    /** One of {@code options}, or null after reporting (with a suggestion for a near miss). */
    public static String choice(SourceNode node, String path, String field, List<String> options, Problems problems) {
        String s = text(node, path, problems);
        if (s == null) {
            return null;
        }
        if (!options.contains(s)) {
            problems.error(node.mark(), path, field + " " + Quote.name(s) + " is not valid;"
                    + Suggestions.didYouMean(s, options) + " valid values: " + String.join(", ", options));
            return null;
        }
        return s;
    }

    /** A mapping, or null after reporting; {@code fields} are named in the message. */
    public static MapNode mapping(SourceNode node, String path, List<String> fields, Problems problems) {
        if (node instanceof MapNode m) {
            return m;
        }
        wrongType(node, path, problems, "a mapping with fields " + String.join(", ", fields), "");
        return null;
    }

    /** A list, or null after reporting. */
    public static ListNode list(SourceNode node, String path, String ofWhat, Problems problems) {
        if (node instanceof ListNode l) {
            return l;
        }
        wrongType(node, path, problems, "a list of " + ofWhat, "");
        return null;
    }

    /** Reports a value that a parser rejected (e.g. a forbidden tag), once. Returns whether it was rejected. */
    public static boolean rejected(SourceNode node, String path, Problems problems) {
        if (node instanceof ScalarNode s && s.type() == ScalarType.REJECTED) {
            if (problems.firstReport(s)) {
                problems.error(s.mark(), path, (String) s.value());
            }
            return true;
        }
        return false;
    }

    private static BigDecimal decimal(SourceNode node, String path, Problems problems, String expected) {
        if (node instanceof ScalarNode s) {
            if (s.value() instanceof BigInteger i) {
                return new BigDecimal(i);
            }
            if (s.value() instanceof BigDecimal d) {
                return d;
            }
        }
        wrongType(node, path, problems, expected, "");
        return null;
    }

    private static void wrongType(SourceNode node, String path, Problems problems, String expected, String hint) {
        if (rejected(node, path, problems)) {
            return;
        }
        problems.error(node.mark(), path, "expected " + expected + ", got " + node.describe() + hint);
    }

    /** Why a YAML value meant as text was not read as text. */
    private static String hint(SourceNode node) {
        if (node instanceof ScalarNode s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.DECIMAL
                || s.type() == ScalarType.BOOLEAN)) {
            return " (put it in quotes to make it text: " + Quote.text(s.text()) + ")";
        }
        return "";
    }
}
