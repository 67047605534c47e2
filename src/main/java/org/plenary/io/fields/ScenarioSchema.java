package org.plenary.io.fields;

import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plenary.io.scenario.FieldSpec;
import org.plenary.io.scenario.ScenarioFields;
import org.plenary.io.scenario.ScenarioFields.PathField;
import org.plenary.io.scenario.ScenarioFields.Section;
import org.plenary.io.source.Range;

/**
 * Writes {@code schema/scenario.schema.json} (JSON Schema draft 2020-12) from {@link ScenarioFields}:
 * one {@code $defs} entry per section, each field with its type, range or choices, default, title
 * and description. What the description cannot say alone (an observer needs no influence, only a
 * bloc has members, the four distributions) is written here once.
 */
public final class ScenarioSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ID_REGEX = ScenarioFields.ID.pattern();

    private ScenarioSchema() {
    }

    /** The schema as committed: indented by two spaces, {@code "key": value}, a final newline. */
    public static String text() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(build()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode build() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://plenary.example/schema/scenario.schema.json");
        Section top = ScenarioFields.section("scenario");
        root.put("title", top.title());
        root.put("description", top.description() + " YAML or JSON. Rules a schema cannot express (unique ids,"
                + " references, bloc membership and votes) are checked by Plenary itself; see docs/scenario-format.md.");
        object(root, top);
        ObjectNode defs = root.putObject("$defs");
        defs.set("id", pattern("Id", "A letter, then letters, digits, '_' or '-'. Unique among its kind.", ScenarioFields.ID));
        defs.set("sourceId", pattern("Source id", "A letter or digit, then letters, digits, '_', '.' or '-'.",
                ScenarioFields.SOURCE_ID));
        ObjectNode states = defs.putObject("memberState");
        states.put("type", "string");
        states.put("title", "Member state");
        states.put("description", "ISO 3166-1 alpha-3 code of a UN member state (193) or observer state (PSE, VAT).");
        ScenarioFields.memberStates().forEach(states.putArray("enum")::add);
        for (Section s : ScenarioFields.sections()) {
            if (!s.name().equals("scenario")) {
                ObjectNode d = defs.putObject(s.name());
                d.put("title", s.title());
                d.put("description", s.description());
                object(d, s);
            }
        }
        ObjectNode position = defs.putObject("position");
        position.put("type", "number");
        position.put("minimum", 0);
        position.put("maximum", 100);
        position.put("title", "Position");
        position.put("description", "A point of the clause's 0-100 scale.");
        delegationRules((ObjectNode) defs.get("delegation"));
        outcomeRules((ObjectNode) defs.get("observedOutcome"));
        defs.set("distribution", distribution());
        return root;
    }

    private static ObjectNode pattern(String title, String description, Pattern p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", "string");
        n.put("title", title);
        n.put("description", description);
        n.put("pattern", "^" + p.pattern() + "$");
        return n;
    }

    private static void object(ObjectNode node, Section s) {
        node.put("type", "object");
        node.put("additionalProperties", false);
        List<String> required = s.fields().stream().filter(FieldSpec::required).map(FieldSpec::key).toList();
        if (!required.isEmpty()) {
            required.forEach(node.putArray("required")::add);
        }
        ObjectNode props = node.putObject("properties");
        for (FieldSpec f : s.fields()) {
            props.set(f.key(), property(f));
        }
    }

    private static ObjectNode property(FieldSpec f) {
        ObjectNode p = MAPPER.createObjectNode();
        switch (f.type()) {
            case TEXT -> p.put("type", "string");
            case ID, MAPPING -> p.put("$ref", "#/$defs/" + f.of());
            case NUMBER, WHOLE -> {
                p.put("type", f.type() == FieldSpec.Type.NUMBER ? "number" : "integer");
                bounds(p, f.range());
            }
            case CHOICE -> {
                p.put("type", "string");
                f.choices().forEach(p.putArray("enum")::add);
            }
            case BOOLEAN -> p.put("type", "boolean");
            case LIST -> {
                p.put("type", "array");
                if (f.required()) {
                    p.put("minItems", 1);
                }
                if (f.of().equals("memberState")) {
                    p.put("uniqueItems", true);
                }
                p.putObject("items").put("$ref", "#/$defs/" + f.of());
            }
            case MAP -> {
                p.put("type", "object");
                if (f.of().equals("distribution")) {
                    ObjectNode patterns = p.putObject("patternProperties");
                    for (PathField pf : ScenarioFields.pathFields()) {
                        if (pf.field().drawable()) {
                            patterns.set(regex(pf.pattern()), drawn(pf.field().range()));
                        }
                    }
                    p.put("additionalProperties", false);
                } else {
                    p.putObject("propertyNames").put("pattern", "^" + ID_REGEX + "$");
                    p.putObject("additionalProperties").put("$ref", "#/$defs/" + f.of());
                }
            }
            case DISTRIBUTION -> p.setAll(drawn(ScenarioFields.section("stance")
                    .field(f.key().equals("positions") ? "position" : "salience").range()));
        }
        p.put("title", f.title());
        String unit = f.unit().isEmpty() ? "" : " Unit: " + f.unit() + ".";
        String def = f.defaultShown().isEmpty() ? "" : " Default: " + f.defaultShown() + ".";
        p.put("description", f.description() + unit + def);
        if (f.defaultValue() instanceof String s) {
            p.put("default", s);
        } else if (f.defaultValue() instanceof Long l) {
            p.put("default", l);
        } else if (f.defaultValue() instanceof Double d) {
            number(p, "default", d);
        } else if (f.defaultValue() instanceof Boolean b) {
            p.put("default", b);
        }
        return p;
    }

    /** A field path's form as a regular expression: ids where the form has placeholders. */
    private static String regex(String form) {
        return "^" + form.replace(".", "\\.").replaceAll("<[a-z]+>", ID_REGEX) + "$";
    }

    private static void bounds(ObjectNode p, Range r) {
        if (r.equals(Range.anyLong())) {
            p.put("minimum", Long.MIN_VALUE);
            p.put("maximum", Long.MAX_VALUE);
            return;
        }
        if (!Double.isInfinite(r.min())) {
            number(p, r.minOpen() ? "exclusiveMinimum" : "minimum", r.min());
        }
        if (!Double.isInfinite(r.max())) {
            number(p, r.maxOpen() ? "exclusiveMaximum" : "maximum", r.max());
        }
    }

    private static void number(ObjectNode p, String name, double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            p.put(name, (long) x);
        } else {
            p.put(name, x);
        }
    }

    /** A distribution of a field with values in {@code r}: uniform and triangular bounds inside it, no beta when unbounded. */
    private static ObjectNode drawn(Range r) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode all = n.putArray("allOf");
        all.addObject().put("$ref", "#/$defs/distribution");
        ObjectNode b = all.addObject().putObject("properties");
        for (String d : List.of("uniform", "triangular")) {
            ObjectNode props = b.putObject(d).putObject("properties");
            for (String param : d.equals("uniform") ? List.of("lo", "hi") : List.of("lo", "mode", "hi")) {
                ObjectNode v = props.putObject(param);
                v.put("type", "number");
                bounds(v, r);
            }
        }
        if (Double.isInfinite(r.max())) {
            all.addObject().putObject("not").putArray("required").add("beta");
        }
        return n;
    }

    /** An observer needs no influence and casts no votes; only a bloc lists members. */
    private static void delegationRules(ObjectNode d) {
        ArrayNode required = (ArrayNode) d.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (required.get(i).asText().equals("influence")) {
                required.remove(i);
            }
        }
        ArrayNode all = d.putArray("allOf");
        ObjectNode observer = all.addObject();
        kindIs(observer.putObject("if"), "observer");
        ObjectNode votes = observer.putObject("then").putObject("properties").putObject("votes");
        votes.put("const", 0);
        votes.put("description", "An observer casts no votes.");
        observer.putObject("else").putArray("required").add("influence");
        ObjectNode bloc = all.addObject();
        kindIs(bloc.putObject("if"), "bloc");
        bloc.putObject("else").putObject("not").putArray("required").add("members");
    }

    /** A vote count goes with adoption by vote only, reservations with a consensus with reservations only. */
    private static void outcomeRules(ObjectNode o) {
        ArrayNode all = o.putArray("allOf");
        for (String[] rule : List.of(new String[] {"adopted-by-vote", "vote"},
                new String[] {"consensus-with-reservations", "reservations"})) {
            ObjectNode r = all.addObject();
            r.putObject("if").putObject("properties").putObject("class").put("const", rule[0]);
            r.putObject("then").putArray("required").add(rule[1]);
            r.putObject("else").putObject("not").putArray("required").add(rule[1]);
        }
    }

    private static void kindIs(ObjectNode cond, String kind) {
        cond.putArray("required").add("kind");
        cond.putObject("properties").putObject("kind").put("const", kind);
    }

    private static ObjectNode distribution() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("title", "Distribution");
        n.put("description", "How an uncertain field is drawn in each Monte Carlo run: a mapping with exactly one key,"
                + " the distribution's name.");
        ArrayNode one = n.putArray("oneOf");
        one.add(choice("normal", "Normal", "The scenario's value plus N(offset, sd^2), redrawn while outside the field's"
                + " valid range (a truncated normal).", List.of("sd"),
                param("offset", null, false, "Mean shift from the scenario's value, in the field's units. Default 0."),
                param("sd", 0.0, false, "Standard deviation, in the field's units, >= 0.")));
        one.add(choice("uniform", "Uniform", "Uniform on [lo, hi]: absolute values inside the field's valid range,"
                + " lo < hi. Replaces the scenario's value.", List.of("lo", "hi"),
                param("lo", null, false, "Lowest value, inside the field's range, below hi."),
                param("hi", null, false, "Highest value, inside the field's range, above lo.")));
        one.add(choice("triangular", "Triangular", "Triangular on [lo, hi] with its peak at mode: absolute values inside"
                + " the field's valid range, lo <= mode <= hi, lo < hi.", List.of("lo", "mode", "hi"),
                param("lo", null, false, "Lowest value, inside the field's range."),
                param("mode", null, false, "Most likely value, between lo and hi."),
                param("hi", null, false, "Highest value, inside the field's range.")));
        one.add(choice("beta", "Beta", "Beta(alpha, beta) scaled to the field's range (min + (max - min) B). Only for"
                + " bounded fields: not influence, concession or temperature.", List.of("alpha", "beta"),
                param("alpha", 0.0, true, "Shape alpha > 0."), param("beta", 0.0, true, "Shape beta > 0.")));
        return n;
    }

    private static ObjectNode param(String name, Double min, boolean exclusive, String description) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("name", name);
        p.put("type", "number");
        if (min != null) {
            number(p, exclusive ? "exclusiveMinimum" : "minimum", min);
        }
        p.put("description", description);
        return p;
    }

    private static ObjectNode choice(String key, String title, String description, List<String> required,
                                     ObjectNode... params) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "object");
        o.put("title", title);
        o.put("additionalProperties", false);
        o.putArray("required").add(key);
        ObjectNode inner = o.putObject("properties").putObject(key);
        inner.put("type", "object");
        inner.put("title", title);
        inner.put("description", description);
        inner.put("additionalProperties", false);
        required.forEach(inner.putArray("required")::add);
        ObjectNode props = inner.putObject("properties");
        for (ObjectNode p : params) {
            String name = p.remove("name").asText();
            props.set(name, p);
        }
        return o;
    }
}
