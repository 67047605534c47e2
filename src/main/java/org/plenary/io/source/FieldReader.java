package org.plenary.io.source;

import java.util.List;
import org.plenary.io.source.SourceNode.Entry;
import org.plenary.io.source.SourceNode.ListNode;
import org.plenary.io.source.SourceNode.MapNode;

/**
 * Reads the fields of one mapping of the file. On construction it reports duplicate keys and
 * unknown fields (with a suggestion); its getters check types and ranges and return null after
 * reporting, so the caller can keep going.
 */
public final class FieldReader {

    private final MapNode map;
    private final String path;
    private final Problems problems;

    public FieldReader(MapNode map, String path, List<String> fields, Problems problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
        reportDuplicates(map, path, problems);
        for (Entry e : map.entries()) {
            if (!fields.contains(e.key())) {
                problems.error(e.keyMark(), ProblemPath.child(path, e.key()), "unknown field " + Quote.name(e.key())
                        + ";" + Suggestions.didYouMean(e.key(), fields) + " valid fields: " + String.join(", ", fields));
            }
        }
    }

    /** Reports the later occurrences of keys written twice in {@code map}, once. */
    public static void reportDuplicates(MapNode map, String path, Problems problems) {
        if (map.duplicates().isEmpty() || !problems.firstReport(map)) {
            return;
        }
        for (Entry d : map.duplicates()) {
            Entry first = map.entry(d.key());
            problems.error(d.keyMark(), ProblemPath.child(path, d.key()), "duplicate key " + Quote.name(d.key())
                    + " (first written at line " + first.keyMark().line() + "); each key may appear only once");
        }
    }

    public MapNode map() {
        return map;
    }

    public String path() {
        return path;
    }

    public boolean has(String field) {
        return map.entry(field) != null;
    }

    /** The value of {@code field}, or null when absent. */
    public SourceNode node(String field) {
        Entry e = map.entry(field);
        return e == null ? null : e.value();
    }

    /** Where {@code field}'s value is written, or where the mapping starts when it is absent. */
    public Mark valueMark(String field) {
        Entry e = map.entry(field);
        return e == null ? map.mark() : e.value().mark();
    }

    /** Where {@code field}'s key is written, or where the mapping starts when it is absent. */
    public Mark keyMark(String field) {
        Entry e = map.entry(field);
        return e == null ? map.mark() : e.keyMark();
    }

    public String pathOf(String field) {
        return ProblemPath.child(path, field);
    }

    /** Reports a required field that is absent; {@code expected} says what it should hold. */
    public void require(String field, String expected) {
        if (!has(field)) {
            problems.error(map.mark(), pathOf(field), "missing required field " + Quote.name(field) + " (" + expected + ")");
        }
    }

    /** The value of {@code field}, or null when absent (reported first when required: {@code expected} says what it holds). */
    private SourceNode node(String field, boolean required, String expected) {
        if (required) {
            require(field, expected);
        }
        return node(field);
    }

    public String text(String field, boolean required) {
        SourceNode n = node(field, required, "text");
        return n == null ? null : Expect.text(n, pathOf(field), problems);
    }

    public Double number(String field, Range range, boolean required) {
        SourceNode n = node(field, required, "a number " + range.describe());
        return n == null ? null : Expect.number(n, pathOf(field), field, range, problems);
    }

    public Long integer(String field, Range range, boolean required) {
        SourceNode n = node(field, required, "a whole number " + range.describe());
        return n == null ? null : Expect.integer(n, pathOf(field), field, range, problems);
    }

    public Boolean bool(String field) {
        SourceNode n = node(field);
        return n == null ? null : Expect.bool(n, pathOf(field), problems);
    }

    public String choice(String field, List<String> options) {
        SourceNode n = node(field);
        return n == null ? null : Expect.choice(n, pathOf(field), field, options, problems);
    }

    public ListNode list(String field, String ofWhat, boolean required) {
        SourceNode n = node(field, required, "a list of " + ofWhat);
        return n == null ? null : Expect.list(n, pathOf(field), ofWhat, problems);
    }

    public MapNode mapping(String field, List<String> fields, boolean required) {
        SourceNode n = node(field, required, "a mapping");
        return n == null ? null : Expect.mapping(n, pathOf(field), fields, problems);
    }
}
