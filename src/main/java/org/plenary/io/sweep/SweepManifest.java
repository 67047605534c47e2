package org.plenary.io.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.io.export.Manifest;

/**
 * {@code manifest.json} of a sweep or sensitivity folder: the common manifest (scenario, seed, total
 * runs, threads, command line, JVM, times) followed by the specification and the design.
 */
public final class SweepManifest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepManifest() {
    }

    /**
     * The manifest as JSON with a final newline.
     *
     * @param common      the common part ({@code runs} = all runs of all points)
     * @param spec        the specification
     * @param specSha256  hex SHA-256 of the specification file
     * @param pointsRun   points run by this invocation (fewer than all after a resume)
     */
    public static String toJson(Manifest common, SweepSpec spec, String specSha256, int points, int pointsRun) {
        return toJson(common, spec, specSha256, points, pointsRun, java.util.List.of());
    }

    /** As {@link #toJson(Manifest, SweepSpec, String, int, int)}, listing the {@code files} written with it. */
    public static String toJson(Manifest common, SweepSpec spec, String specSha256, int points, int pointsRun,
                                java.util.List<String> files) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(common.toJson(files));
            ObjectNode s = root.putObject("spec");
            s.put("file", Manifest.path(spec.file()));
            s.put("sha256", specSha256);
            root.put("design", spec.design().name().toLowerCase(java.util.Locale.ROOT));
            root.put("points", points);
            root.put("pointsRunNow", pointsRun);
            root.put("runsPerPoint", spec.runs());
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
