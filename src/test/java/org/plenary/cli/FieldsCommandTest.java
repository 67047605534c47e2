package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code plenary fields}: the form description and the schema, printed for programs. */
class FieldsCommandTest {

    @Test
    void printsTheFormDescriptionByDefaultAndTheSchemaOnRequest() throws Exception {
        Cli.Ran json = Cli.run("fields");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"format\" : \"plenary-fields/1\""), json.out());
        assertTrue(json.out().contains("\"path\" : \"delegations.<id>.clauses.<clause>.position\""));
        Cli.Ran schema = Cli.run("fields", "--format", "schema");
        assertEquals(0, schema.code(), schema.err());
        assertEquals(Files.readString(Path.of("schema", "scenario.schema.json")), schema.out());
    }

    @Test
    void withAScenarioListsEachOfItsPathsWithItsValue() throws Exception {
        Cli.Ran ran = Cli.run("fields", Cli.THREE);
        assertEquals(0, ran.code(), ran.err());
        com.fasterxml.jackson.databind.JsonNode values = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ran.out()).get("values");
        assertEquals("delegations.A.clauses.c1.position", values.get(0).get("path").asText());
        assertEquals("delegations.<id>.clauses.<clause>.position", values.get(0).get("form").asText());
        assertEquals(10, values.get(0).get("value").asDouble());
        assertTrue(ran.out().contains("\"path\" : \"protocol.loss\",\n    \"form\" : \"protocol.loss\",\n    \"value\" : \"linear\""),
                ran.out());
        assertEquals(2, Cli.run("fields", Cli.BROKEN).code());
        assertEquals(2, Cli.run("fields", Cli.THREE, "--format", "schema").code());
    }

    @Test
    void isHiddenFromTheCommandListAndRefusesAnUnknownFormat() {
        assertFalse(Cli.run("--help").out().contains("fields"));
        assertEquals(2, Cli.run("fields", "--format", "yaml").code());
    }
}
