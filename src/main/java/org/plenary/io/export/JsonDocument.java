package org.plenary.io.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every JSON document Plenary writes starts with — its shape identifier, the version, and the
 * scenario it is about — and how it is printed (indented, "\n" at the end, the same on every OS).
 */
final class JsonDocument {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDocument() {
    }

    /** A root object with {@code format}, {@code plenaryVersion} and {@code scenario} {title, file, sha256}. */
    static ObjectNode start(String format, String version, String title, String file, String sha256) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", format);
        root.put("plenaryVersion", version);
        ObjectNode sc = root.putObject("scenario");
        sc.put("title", title);
        sc.put("file", file);
        sc.put("sha256", sha256);
        return root;
    }

    /** The tree, indented, with a final newline. */
    static String render(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
