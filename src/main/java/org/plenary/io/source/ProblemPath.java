package org.plenary.io.source;

import java.util.regex.Pattern;

/**
 * Where a problem is, as a path through the file: {@code delegations.USA.clauses.binding.position},
 * {@code metadata.sources[0].title}. A key that is not a plain name is written in brackets and
 * quotes, so a path never becomes ambiguous. (Paths that name the fields of a scenario, as
 * uncertainty and sweeps use them, are {@code org.plenary.io.scenario.FieldPath}.)
 */
public final class ProblemPath {

    /** The path of the whole file. */
    public static final String ROOT = "$";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private ProblemPath() {
    }

    /** The path of field {@code name} in the mapping at {@code parent} ({@code ""} for the top level). */
    public static String child(String parent, String name) {
        String segment = PLAIN.matcher(name).matches() ? name : "[" + Quote.text(name) + "]";
        if (parent.isEmpty() || parent.equals(ROOT)) {
            return segment.startsWith("[") ? ROOT + segment : segment;
        }
        return segment.startsWith("[") ? parent + segment : parent + "." + segment;
    }

    /** The path of item {@code index} (0-based) of the list at {@code parent}. */
    public static String index(String parent, int index) {
        return (parent.equals(ROOT) ? ROOT : parent) + "[" + index + "]";
    }
}
