package org.plenary.io.source;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parsed file as a tree in which every node remembers where it was written. YAML and JSON
 * both become this tree, so that validation and messages do not depend on the syntax used.
 */
public sealed interface SourceNode {

    /** Where the node starts in the file. */
    Mark mark();

    /** How the node is named in "expected X, got Y" messages. */
    String describe();

    /**
     * A mapping. {@code entries} hold the first occurrence of each key; later occurrences of a key
     * are kept in {@code duplicates} so that they can be reported with the path of the mapping.
     */
    record MapNode(List<Entry> entries, List<Entry> duplicates, Mark mark) implements SourceNode {
        public MapNode {
            entries = List.copyOf(entries);
            duplicates = List.copyOf(duplicates);
        }

        /** The mapping of the entries as written, in order: a key's later occurrences become duplicates. */
        static MapNode of(List<Entry> written, Mark mark) {
            Set<String> seen = new HashSet<>();
            Map<Boolean, List<Entry>> split = written.stream().collect(Collectors.partitioningBy(e -> seen.add(e.key())));
            return new MapNode(split.get(true), split.get(false), mark);
        }

        /** The entry for {@code key}, or null. */
        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A key, where the key was written, and its value. */
    record Entry(String key, Mark keyMark, SourceNode value) {
    }

    /** A sequence. */
    record ListNode(List<SourceNode> items, Mark mark) implements SourceNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value.
     *
     * @param type  what the value is
     * @param text  the value as written (numbers keep their spelling for messages)
     * @param value String, BigInteger, BigDecimal, Boolean or null according to {@code type}; for
     *              {@link ScalarType#REJECTED} the reason, as a message
     */
    record ScalarNode(ScalarType type, String text, Object value, Mark mark) implements SourceNode {
        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "string " + Quote.text(text);
                case INTEGER, DECIMAL -> "number " + Quote.bare(text);
                case BOOLEAN -> "boolean " + Quote.bare(text);
                case NULL -> "an empty value (null)";
                case REJECTED -> "a rejected value";
            };
        }
    }

    /** The kinds of single values. */
    enum ScalarType {
        STRING, INTEGER, DECIMAL, BOOLEAN, NULL,
        /** A value already reported as an error while parsing (e.g. a forbidden tag); checks skip it silently. */
        REJECTED
    }
}
