package org.plenary.io.fields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plenary.core.model.Scenario;
import org.plenary.io.scenario.FieldPath;
import org.plenary.io.scenario.FieldSpec;
import org.plenary.io.scenario.ScenarioFields;
import org.plenary.io.scenario.ScenarioFields.Section;
import org.plenary.io.source.Range;

/**
 * The scenario's fields as one JSON document a web page can turn into a form: per field where it
 * sits in a file, its field path when sweeps and uncertainty sections can name it, its type,
 * bounds or choices, default, unit, title and one-line description. Shape {@value #FORMAT}:
 *
 * <pre>
 * {"format": "plenary-fields/1", "fields": [
 *   {"where": "protocol.maxRounds", "path": "protocol.maxRounds", "type": "integer", "required": false,
 *    "min": 1, "minExclusive": false, "max": 10000, "maxExclusive": false, "default": 30, "unit": "rounds",
 *    "title": "Rounds", "description": "Number of rounds T.", "sweepable": true, "drawable": false}, …]}
 * </pre>
 *
 * {@code min}/{@code max} are absent when unbounded; {@code choices} is present for choices only;
 * {@code path} is absent for fields no path names. Types: text, id, number, integer, choice,
 * boolean, mapping, list, map, distribution.
 */
public final class FieldForm {

    /** The document's shape identifier. */
    public static final String FORMAT = "plenary-fields/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FieldForm() {
    }

    /** The document, indented, with a final newline. */
    public static String json() {
        return render(tree());
    }

    /**
     * The document for one scenario: besides the fields, {@code values} lists every field path of
     * the scenario with its value there ({@code {"path": "delegations.USA.influence", "form":
     * "delegations.<id>.influence", "value": 3}}), in the order of {@link FieldPath#all(Scenario)}:
     * the sliders of that scenario, set where it stands.
     */
    public static String json(Scenario scenario) {
        ObjectNode root = tree();
        ArrayNode values = root.putArray("values");
        for (FieldPath p : FieldPath.all(scenario)) {
            ObjectNode v = values.addObject();
            v.put("path", p.toString());
            v.put("form", p.field().pattern());
            v.set("value", MAPPER.valueToTree(p.value(scenario)));
        }
        return render(root);
    }

    private static String render(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as a tree. */
    public static ObjectNode tree() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode fields = root.putArray("fields");
        for (Section s : ScenarioFields.sections()) {
            for (FieldSpec f : s.fields()) {
                ObjectNode o = fields.addObject();
                o.put("where", s.where().isEmpty() ? f.key() : s.where() + "." + f.key());
                if (f.sweepable()) {
                    o.put("path", s.pathPrefix() + f.key());
                }
                o.put("type", switch (f.type()) {
                    case WHOLE -> "integer";
                    default -> f.type().name().toLowerCase(java.util.Locale.ROOT);
                });
                o.put("required", f.required());
                if (f.range() != null) {
                    bounds(o, f.range());
                }
                if (!f.choices().isEmpty()) {
                    f.choices().forEach(o.putArray("choices")::add);
                }
                if (f.defaultValue() instanceof Double d) {
                    o.put("default", d);
                } else if (f.defaultValue() instanceof Long l) {
                    o.put("default", l);
                } else if (f.defaultValue() instanceof Boolean b) {
                    o.put("default", b);
                } else if (f.defaultValue() instanceof String t) {
                    o.put("default", t);
                }
                o.put("unit", f.unit());
                o.put("title", f.title());
                o.put("description", f.description());
                o.put("sweepable", f.sweepable());
                o.put("drawable", f.drawable());
            }
        }
        return root;
    }

    private static void bounds(ObjectNode o, Range r) {
        if (r.equals(Range.anyLong())) {
            o.put("min", Long.MIN_VALUE);
            o.put("max", Long.MAX_VALUE);
            return;
        }
        if (!Double.isInfinite(r.min())) {
            o.put("min", r.min());
            o.put("minExclusive", r.minOpen());
        }
        if (!Double.isInfinite(r.max())) {
            o.put("max", r.max());
            o.put("maxExclusive", r.maxOpen());
        }
    }
}
