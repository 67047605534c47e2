package org.plenary.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code schema/scenario.schema.json} and {@link ScenarioReader} in agreement: the schema
 * accepts every valid scenario, and for each broken one it either rejects it too, or the file is
 * listed below as a case a JSON Schema cannot express. The test fails when the schema starts or
 * stops rejecting a file unexpectedly, so each list stays true.
 *
 * <p>Files are parsed here with Jackson (as an editor would, independently of the reader).
 */
class ScenarioSchemaTest {

    /** Broken files the schema accepts, because what is wrong needs more than one value to see. */
    static final Map<String, String> SEMANTIC_ONLY = Map.ofEntries(
            Map.entry("12-duplicate-ids.yaml", "uniqueness of a property across array items"),
            Map.entry("13-duplicate-keys.yaml", "the parsed tree keeps one value per key; the duplicate never reaches the schema"),
            Map.entry("14-unknown-clause.yaml", "stance keys must name clauses defined elsewhere in the file"),
            Map.entry("15-unknown-source.yaml", "stance sources must name metadata.sources ids"),
            Map.entry("17-member-in-two-blocs.yaml", "uniqueness of members across different blocs"),
            Map.entry("19-bloc-votes-wrong.yaml", "a bloc's votes depend on which members are delegations"),
            Map.entry("21-no-salience.yaml", "'some stance has salience > 0' quantifies over a map's values"),
            Map.entry("22-no-voting-delegations.yaml", "votes of blocs are computed from members and other delegations"),
            Map.entry("31-duplicate-keys.json", "the parsed tree keeps one value per key; the duplicate never reaches the schema"),
            Map.entry("39-uncertainty-no-such-stance.yaml", "a field path must name delegations, clauses and stances"
                    + " defined elsewhere in the file"),
            Map.entry("43-uncertainty-bounds-out-of-order.yaml", "lo < hi and lo <= mode <= hi compare two values"));

    /** Broken files Jackson cannot turn into a tree at all; the schema never sees them. */
    static final Map<String, String> NOT_PARSED = Map.ofEntries(
            Map.entry("01-syntax-error.yaml", "YAML syntax error"),
            Map.entry("02-empty.yaml", "no document"),
            Map.entry("34-number-notation.yaml", "Jackson's YAML parser refuses these number notations too"),
            Map.entry("29-syntax-error.json", "JSON syntax error"),
            Map.entry("70-windows-1252.yaml", "not UTF-8"),
            Map.entry("71-invalid-utf8.yaml", "not UTF-8"),
            Map.entry("72-nul.yaml", "a NUL character"),
            Map.entry("73-utf16-bom.yaml", "UTF-16"),
            Map.entry("74-utf16-no-bom.yaml", "UTF-16"));

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = new ObjectMapper().readTree(Path.of("schema", "scenario.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        JsonNode node = new ObjectMapper().readTree(Path.of("schema", "scenario.schema.json").toFile());
        // The validator ships the draft 2020-12 meta-schemas, so this needs no network.
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(node));
    }

    @Test
    void schemaListsTheSameStateCodesAsTheReader() throws IOException {
        JsonNode node = new ObjectMapper().readTree(Path.of("schema", "scenario.schema.json").toFile());
        List<String> codes = new ArrayList<>();
        node.at("/$defs/memberState/enum").forEach(c -> codes.add(c.asText()));
        assertEquals(List.copyOf(MemberStates.codes()), codes);
    }

    /** The file as Jackson reads it, or null if it does not parse to a document. */
    static JsonNode parse(Path file) {
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        try {
            JsonNode node = mapper.readTree(file.toFile());
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Set<ValidationMessage> validate(Path file) {
        JsonNode node = parse(file);
        if (node == null) {
            fail(file.getFileName() + " does not parse");
        }
        return schema.validate(node);
    }

    @Test
    void schemaAcceptsEveryValidAndWarningScenario() throws IOException {
        List<Path> files = new ArrayList<>(ScenarioCorpusTest.scenarioFiles("valid"));
        files.addAll(ScenarioCorpusTest.scenarioFiles("warnings"));
        assertTrue(files.size() >= 3);
        for (Path f : files) {
            assertEquals(Set.of(), validate(f), f.getFileName().toString());
        }
    }

    @Test
    void scenariosOfTheRepositoryPassSchemaAndReader() throws IOException {
        Path folder = Path.of("scenarios");
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                assertEquals(Set.of(), validate(f), f.toString());
                ReadResult r = ScenarioReader.read(f);
                assertTrue(r.scenario().isPresent(), String.join("\n", r.renderedProblems()));
            }
        }
    }

    @Test
    void schemaAndReaderAgreeOnTheBrokenCorpus() throws IOException {
        Map<String, String> surprises = new TreeMap<>();
        for (Path f : ScenarioCorpusTest.scenarioFiles("invalid")) {
            String name = f.getFileName().toString();
            JsonNode node = parse(f);
            if (node == null) {
                if (!NOT_PARSED.containsKey(name)) {
                    surprises.put(name, "Jackson cannot parse it, but it is not listed in NOT_PARSED");
                }
                continue;
            }
            if (NOT_PARSED.containsKey(name)) {
                surprises.put(name, "listed in NOT_PARSED, but Jackson parses it");
            }
            Set<ValidationMessage> errors = schema.validate(node);
            if (errors.isEmpty() && !SEMANTIC_ONLY.containsKey(name)) {
                surprises.put(name, "the schema accepts it, but it is not listed in SEMANTIC_ONLY");
            }
            if (!errors.isEmpty() && SEMANTIC_ONLY.containsKey(name)) {
                surprises.put(name, "listed in SEMANTIC_ONLY, but the schema rejects it: " + errors);
            }
        }
        assertEquals(Map.of(), surprises);
    }

    @Test
    void everyListedFileExists() throws IOException {
        List<String> names = ScenarioCorpusTest.scenarioFiles("invalid").stream()
                .map(p -> p.getFileName().toString()).toList();
        for (String listed : SEMANTIC_ONLY.keySet()) {
            assertTrue(names.contains(listed), listed);
        }
        for (String listed : NOT_PARSED.keySet()) {
            assertTrue(names.contains(listed), listed);
        }
    }
}
