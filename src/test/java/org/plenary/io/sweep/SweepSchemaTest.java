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
        assertFalse(schema.validate(broken).isEmpty());
    }
}
