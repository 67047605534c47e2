package org.plenary.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import org.junit.jupiter.api.Test;

/** Keeps {@code schema/sweep.schema.json} in agreement with the reader on the shipped specifications. */
class SweepSchemaTest {

    private static JsonNode schemaNode() throws IOException {
        return new ObjectMapper().readTree(Path.of("schema", "sweep.schema.json").toFile());
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(schemaNode()));
    }

    @Test
    void theShippedSpecificationsPassTheSchemaAndTheReader() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios", "sweeps"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path f : files) {
            assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(f.toFile())), f.toString());
            SweepSpecResult r = SweepSpecReader.read(f);
            assertEquals(List.of(), r.problems(), f.toString());
        }
        assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(
                Path.of("src/test/resources/sweeps/three-grid.yaml").toFile())));
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejectsInOneValue() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
        JsonNode broken = new YAMLMapper().readTree(Path.of("src/test/resources/sweeps/broken.yaml").toFile());
        // the misspelt field name (positon); values out of range need the scenario's field types
        List<String> at = schema.validate(broken).stream().map(m -> m.getInstanceLocation().toString()).toList();
        assertEquals(List.of("$.parameters[0].path"), at);
        assertFalse(SweepSpecReader.read(Path.of("src/test/resources/sweeps/broken.yaml")).problems().isEmpty());
    }

    @Test
    void theSchemaNamesTheFieldOfEachSingleMistake() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
        String valid = Files.readString(Path.of("src/test/resources/sweeps/three-grid.yaml"));
        assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(valid)));
        // each mistake alone, and where the schema must see it
        java.util.Map<String, String> mistakes = new java.util.LinkedHashMap<>();
        mistakes.put(valid.replace("design: grid", "design: gird"), "$.design");
        mistakes.put(valid.replace("runs: 300", "runs: 0"), "$.runs");
        mistakes.put(valid.replace("seed: 11", "seed: 11\ncolour: red"), "$");
        mistakes.put(valid.replace("path: protocol.maxRounds", "path: protocol.maxRound"), "$.parameters[1].path");
        for (var m : mistakes.entrySet()) {
            List<String> at = schema.validate(new YAMLMapper().readTree(m.getKey())).stream()
                    .map(v -> v.getInstanceLocation().toString()).distinct().toList();
            assertEquals(List.of(m.getValue()), at, m.getKey());
        }
    }
}
