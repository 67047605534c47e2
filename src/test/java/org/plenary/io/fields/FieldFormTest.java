package org.plenary.io.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.core.model.Protocol;
import org.plenary.io.scenario.FieldSpec;
import org.plenary.io.scenario.ScenarioFields;

/** The form description a web page builds sliders from, and the description's agreement with the model. */
class FieldFormTest {

    private static Map<String, JsonNode> byWhere() throws Exception {
        JsonNode root = new ObjectMapper().readTree(FieldForm.json());
        assertEquals(FieldForm.FORMAT, root.get("format").asText());
        Map<String, JsonNode> out = new HashMap<>();
        root.get("fields").forEach(f -> out.put(f.get("where").asText(), f));
        return out;
    }

    @Test
    void everyNumericFieldCarriesItsBoundsUnitAndDescription() throws Exception {
        Map<String, JsonNode> f = byWhere();
        JsonNode rounds = f.get("protocol.maxRounds");
        assertEquals("integer", rounds.get("type").asText());
        assertEquals(1, rounds.get("min").asInt());
        assertEquals(10000, rounds.get("max").asInt());
        assertEquals(30, rounds.get("default").asInt());
        assertEquals("rounds", rounds.get("unit").asText());
        assertEquals("protocol.maxRounds", rounds.get("path").asText());
        assertTrue(rounds.get("sweepable").asBoolean());
        assertFalse(rounds.get("drawable").asBoolean());
        JsonNode influence = f.get("delegations[].influence");
        assertEquals("delegations.<id>.influence", influence.get("path").asText());
        assertTrue(influence.get("minExclusive").asBoolean());
        assertEquals(ScenarioFields.MAX_INFLUENCE, influence.get("max").asDouble());
        JsonNode loss = f.get("protocol.loss");
        assertEquals("[\"linear\",\"quadratic\"]", loss.get("choices").toString());
        assertFalse(f.get("metadata.title").has("path"));
        for (JsonNode node : f.values()) {
            assertFalse(node.get("description").asText().isBlank(), node.toString());
            assertFalse(node.get("title").asText().isBlank(), node.toString());
        }
    }

    /** The defaults the reader fills in are the model's own defaults: the two cannot drift apart. */
    @Test
    void protocolDefaultsOfTheDescriptionAreTheModelsDefaults() throws Exception {
        Protocol d = Protocol.defaults();
        for (RecordComponent c : Protocol.class.getRecordComponents()) {
            FieldSpec f = ScenarioFields.section("protocol").field(c.getName());
            Object model = c.getAccessor().invoke(d);
            Object described = f.defaultValue();
            if (model == null) {
                // an absent choice (the forum): no default value in either
                assertEquals(null, described, c.getName());
            } else if (model instanceof Enum<?> e) {
                assertEquals(e.name().toLowerCase(Locale.ROOT), described, c.getName());
            } else {
                assertEquals(((Number) model).doubleValue(), ((Number) described).doubleValue(), c.getName());
            }
        }
    }
}
