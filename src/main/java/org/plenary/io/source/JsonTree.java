package org.plenary.io.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.plenary.io.source.SourceNode.Entry;
import org.plenary.io.source.SourceNode.ListNode;
import org.plenary.io.source.SourceNode.MapNode;
import org.plenary.io.source.SourceNode.ScalarNode;
import org.plenary.io.source.SourceNode.ScalarType;

/**
 * Turns JSON text into a {@link SourceNode} tree with Jackson's streaming parser, which reports
 * the line and column of every token. (SnakeYAML is a YAML 1.1 parser and refuses some valid
 * JSON, such as tabs between tokens, so JSON gets a JSON parser.)
 */
public final class JsonTree {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlTree.MAX_DEPTH).build())
            .build();

    private JsonTree() {
    }

    /** The tree of {@code text}, or null after reporting why there is none. */
    public static SourceNode parse(String text, SourceKind kind, Problems problems) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                problems.error(Mark.START, ProblemPath.ROOT, kind.emptyFile());
                return null;
            }
            SourceNode root;
            try {
                root = value(p);
            } catch (StreamConstraintsException e) {
                // Jackson's message names its own setting ("StreamReadConstraints.getMaxNestingDepth()"):
                // say what is wrong in the file's terms, at the bracket that went one level too deep.
                problems.error(mark(p), ProblemPath.ROOT,
                        "lists and mappings are nested more than " + YamlTree.MAX_DEPTH
                        + " levels deep; a scenario nests about six deep");
                return null;
            }
            if (p.nextToken() != null) {
                problems.error(mark(p), ProblemPath.ROOT, "JSON syntax error: more content after the end of the"
                        + " top-level value; a file holds one JSON object");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            problems.error(e.getLocation() == null ? Mark.START : mark(e.getLocation()), ProblemPath.ROOT,
                    "JSON syntax error: " + Quote.message(message));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceNode value(JsonParser p) throws IOException {
        Mark at = mark(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Mark keyAt = mark(p);
                    p.nextToken();
                    entries.add(new Entry(key, keyAt, value(p)));
                }
                return MapNode.of(entries, at);
            }
            case START_ARRAY -> {
                List<SourceNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                return new ListNode(items, at);
            }
            case VALUE_STRING -> {
                return new ScalarNode(ScalarType.STRING, p.getText(), p.getText(), at);
            }
            case VALUE_NUMBER_INT -> {
                return new ScalarNode(ScalarType.INTEGER, p.getText(), p.getBigIntegerValue(), at);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(ScalarType.DECIMAL, p.getText(), p.getDecimalValue(), at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(ScalarType.BOOLEAN, p.getText(), t == JsonToken.VALUE_TRUE, at);
            }
            case VALUE_NULL -> {
                return new ScalarNode(ScalarType.NULL, "null", null, at);
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        }
    }

    private static Mark mark(JsonParser p) {
        return mark(p.currentTokenLocation());
    }

    private static Mark mark(JsonLocation l) {
        return new Mark(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
