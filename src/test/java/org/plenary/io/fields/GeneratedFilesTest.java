package org.plenary.io.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed schema and the field tables of the docs are what {@link ScenarioFields} generates.
 * After changing the description, regenerate them with
 * {@code mvn -B -q test -Dtest=GeneratedFilesTest -Dplenary.regenerate=true} and commit the result.
 */
class GeneratedFilesTest {

    private static final boolean REGENERATE = Boolean.getBoolean("plenary.regenerate");

    private static void check(Path file, String generated) throws IOException {
        if (REGENERATE) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8),
                file + " is not what the field description generates; regenerate it (see GeneratedFilesTest)");
    }

    @Test
    void committedSchemaIsTheGeneratedOne() throws IOException {
        check(Path.of("schema", "scenario.schema.json"), ScenarioSchema.text());
    }

    @Test
    void fieldTablesOfTheDocsAreTheGeneratedOnes() throws IOException {
        for (String doc : List.of("scenario-format.md", "sweep-format.md")) {
            Path file = Path.of("docs", doc);
            check(file, FieldTables.update(Files.readString(file, StandardCharsets.UTF_8)));
        }
    }
}
