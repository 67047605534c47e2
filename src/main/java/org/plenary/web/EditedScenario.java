package org.plenary.web;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.plenary.core.model.Scenario;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;
import org.plenary.io.source.Problem;

/**
 * A scenario as the page edits it: the file's tree of mappings, lists and values, turned back into
 * the YAML a user downloads and read by the same {@link ScenarioReader} as every command, so that
 * the page's numbers are those of the command line given the downloaded file.
 *
 * @param name     the file name problems are reported against (the download's name)
 * @param yaml     the scenario as YAML text
 * @param scenario the scenario, when the text has no error
 * @param problems every problem, rendered as {@code file:line:column: path: message}
 */
record EditedScenario(String name, String yaml, Optional<Scenario> scenario, List<String> problems) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    private static final ObjectMapper READ_YAML = new ObjectMapper(new YAMLFactory());

    /** The tree as YAML, read back as a scenario. */
    static EditedScenario of(String name, JsonNode tree) {
        return read(name, yaml(tree));
    }

    /** YAML text read as a scenario file called {@code name}. */
    static EditedScenario read(String name, String yaml) {
        ReadResult r = ScenarioReader.read(yaml, name);
        return new EditedScenario(name, yaml, r.scenario(), r.problems().stream().map(Problem::render).toList());
    }

    /** The tree of a scenario file's text (YAML or JSON), for the page to edit. */
    static JsonNode tree(String text) {
        try {
            return READ_YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** The tree as YAML (strings quoted, so that no value changes its type on the way back). */
    static String yaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
