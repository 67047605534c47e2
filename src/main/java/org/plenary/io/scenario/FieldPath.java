package org.plenary.io.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.io.scenario.ScenarioFields.PathField;
import org.plenary.io.source.Range;

/**
 * A field of a scenario that sweeps vary and uncertainty sections draw, named the way scenario
 * files and commands name it ({@code delegations.USA.clauses.binding.position},
 * {@code protocol.maxRounds}); the forms are those of {@link ScenarioFields#pathFields()}.
 *
 * <p>Ids never contain dots, so the text of a path is unambiguous. {@link #parse} checks the
 * grammar alone; {@link #missingIn} checks that the delegation, clause, stance or red line it names
 * exists. {@link #number}, {@link #choice} and {@link #with} read and set the record component
 * named by the field's key, and rebuild the records that hold it. The seed and texts are not fields.
 *
 * @param field        which field (its section and its description)
 * @param delegationId the delegation of a delegation, stance or red-line field, else null
 * @param clauseId     the clause of a clause, stance or red-line field, else null
 */
public record FieldPath(PathField field, String delegationId, String clauseId) {

    /**
     * The clauses, delegations, stances and red lines of a scenario: all a path needs to be checked.
     * Readers that find errors elsewhere in a file can still check paths against what they could read.
     *
     * @param clauseIds clause ids in the order of the text
     * @param stances   per delegation id (in the order of the file), the clauses it has a stance on
     * @param redLines  per delegation id, the clauses on which its stance has a red line
     */
    public record Shape(List<String> clauseIds, Map<String, List<String>> stances, Map<String, List<String>> redLines) {

        public Shape {
            clauseIds = List.copyOf(clauseIds);
            stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances));
            redLines = Collections.unmodifiableMap(new LinkedHashMap<>(redLines));
        }

        /** The shape of {@code scenario}. */
        public static Shape of(Scenario scenario) {
            List<String> clauses = scenario.clauses().stream().map(Clause::id).toList();
            Map<String, List<String>> stances = new LinkedHashMap<>();
            Map<String, List<String>> red = new LinkedHashMap<>();
            for (Delegation d : scenario.delegations()) {
                stances.put(d.id(), clauses.stream().filter(c -> d.stance(c) != null).toList());
                red.put(d.id(), clauses.stream().filter(c -> d.stance(c) != null && d.stance(c).redLine() != null).toList());
            }
            return new Shape(clauses, stances, red);
        }
    }

    public FieldPath {
        boolean needsDelegation = idAt(field, "delegations") >= 0;
        boolean needsClause = idAt(field, "clauses") >= 0;
        if (needsDelegation != (delegationId != null) || needsClause != (clauseId != null)) {
            throw new IllegalArgumentException(field.pattern() + " needs " + (needsDelegation ? "a" : "no")
                    + " delegation and " + (needsClause ? "a" : "no") + " clause: " + delegationId + ", " + clauseId);
        }
    }

    private static String[] segments(String text) {
        return text.split("\\.", -1);
    }

    /** Which segment of {@code f}'s form holds the id of an item of {@code list} (delegations or clauses), or -1. */
    private static int idAt(PathField f, String list) {
        int i = List.of(segments(f.pattern())).indexOf(list);
        return i < 0 ? -1 : i + 1;
    }

    /** The field's description. */
    public FieldSpec spec() {
        return field.field();
    }

    /** The name of the field's section: {@code stance}, {@code redLine}, {@code delegation}, {@code clause} or {@code protocol}. */
    public String section() {
        return field.section().name();
    }

    /** The last segment, as in files (e.g. {@code statusQuo}). */
    public String key() {
        return field.field().key();
    }

    /** The path of {@code text} if it follows the grammar, whatever the scenario; empty otherwise. */
    public static Optional<FieldPath> parse(String text) {
        String[] s = segments(text);
        for (PathField f : ScenarioFields.pathFields()) {
            String[] form = segments(f.pattern());
            if (form.length == s.length && IntStream.range(0, s.length).allMatch(i -> form[i].startsWith("<")
                    ? ScenarioFields.ID.matcher(s[i]).matches() : form[i].equals(s[i]))) {
                int d = idAt(f, "delegations");
                int c = idAt(f, "clauses");
                return Optional.of(new FieldPath(f, d < 0 ? null : s[d], c < 0 ? null : s[c]));
            }
        }
        return Optional.empty();
    }

    /** The path of {@code field} in {@code section} for the given delegation and clause (null where the form has none). */
    public static FieldPath of(String section, String key, String delegationId, String clauseId) {
        return new FieldPath(new PathField(ScenarioFields.section(section), ScenarioFields.section(section).field(key)),
                delegationId, clauseId);
    }

    /**
     * Every valid path of {@code shape}: per delegation its stances (clause order; position, salience,
     * then the red line's bounds) and its own fields, then clauses, then the protocol.
     */
    public static List<FieldPath> all(Shape shape) {
        List<FieldPath> out = new ArrayList<>();
        for (String d : shape.stances().keySet()) {
            shape.clauseIds().forEach(c -> add(out, shape, d, c));
            add(out, shape, d, null);
        }
        shape.clauseIds().forEach(c -> add(out, shape, null, c));
        add(out, shape, null, null);
        return out;
    }

    /** Adds to {@code out} the paths with exactly this delegation and clause (null for none) that name a field of {@code shape}. */
    private static void add(List<FieldPath> out, Shape shape, String delegationId, String clauseId) {
        ScenarioFields.pathFields().stream()
                .filter(f -> (idAt(f, "delegations") >= 0) == (delegationId != null) && (idAt(f, "clauses") >= 0) == (clauseId != null))
                .map(f -> new FieldPath(f, delegationId, clauseId)).filter(p -> p.missingIn(shape).isEmpty()).forEach(out::add);
    }

    /** Every valid path of {@code scenario}. */
    public static List<FieldPath> all(Scenario scenario) {
        return all(Shape.of(scenario));
    }

    /** Why this path names nothing in {@code shape} (e.g. "there is no delegation 'USX'"), or empty when the field exists. */
    public Optional<String> missingIn(Shape shape) {
        if (delegationId != null && !shape.stances().containsKey(delegationId)) {
            return Optional.of("there is no delegation '" + delegationId + "'");
        }
        if (clauseId != null && !shape.clauseIds().contains(clauseId)) {
            return Optional.of("there is no clause '" + clauseId + "'");
        }
        if (delegationId != null && clauseId != null && !shape.stances().get(delegationId).contains(clauseId)) {
            return Optional.of(delegationId + " has no stance on clause '" + clauseId + "'");
        }
        if (section().equals("redLine") && !shape.redLines().getOrDefault(delegationId, List.of()).contains(clauseId)) {
            return Optional.of(delegationId + " has no red line on clause '" + clauseId + "'");
        }
        return Optional.empty();
    }

    /**
     * The path {@code text} of {@code scenario}.
     *
     * @throws IllegalArgumentException when the text does not follow the grammar or names nothing in the scenario
     */
    public static FieldPath resolve(Scenario scenario, String text) {
        FieldPath p = parse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a field path; paths are " + ScenarioFields.grammar(false)));
        p.missingIn(Shape.of(scenario)).ifPresent(why -> {
            throw new IllegalArgumentException("'" + text + "' names no field of the scenario: " + why);
        });
        return p;
    }

    /** The value in {@code s} as files write it: a Number, a choice's name (lower case) or a Boolean. */
    public Object value(Scenario s) {
        return Records.written(Records.get(holder(s), key()));
    }

    /** The value of a number field in {@code s}. */
    public double number(Scenario s) {
        if (spec().type() == FieldSpec.Type.CHOICE) {
            throw new IllegalArgumentException(this + " is a choice, not a number");
        }
        return ((Number) value(s)).doubleValue();
    }

    /** The value of a choice field in {@code s}, as written in files ({@code quadratic}). */
    public String choice(Scenario s) {
        if (spec().type() != FieldSpec.Type.CHOICE) {
            throw new IllegalArgumentException(this + " is a number, not a choice");
        }
        return (String) value(s);
    }

    /**
     * {@code s} with this number field set to {@code value}, the records that hold it rebuilt; every
     * other value (and the uncertainty) unchanged.
     *
     * @throws IllegalArgumentException when the field is a choice, the value is outside its range (or
     *                                  not whole for a whole-number field), a red line would be out of
     *                                  order, or the path names nothing in {@code s}
     */
    public Scenario with(Scenario s, double value) {
        FieldSpec f = spec();
        if (f.type() == FieldSpec.Type.CHOICE) {
            throw new IllegalArgumentException(this + " is a choice of " + f.choices() + ", not a number");
        }
        if (!f.range().contains(value) || (f.type() == FieldSpec.Type.WHOLE && value != Math.rint(value))) {
            throw new IllegalArgumentException(value + " is not a valid value of " + this);
        }
        return replaced(s, value);
    }

    /**
     * {@code s} with this choice field set to {@code choice} (as written in files, e.g. {@code linear}).
     *
     * @throws IllegalArgumentException when the field is a number or {@code choice} is not one of its choices
     */
    public Scenario with(Scenario s, String choice) {
        if (!spec().choices().contains(choice)) {
            throw new IllegalArgumentException(spec().type() == FieldSpec.Type.CHOICE
                    ? "'" + choice + "' is not a valid value of " + this + "; valid values: " + spec().choices()
                    : this + " is a number, not a choice");
        }
        return replaced(s, choice);
    }

    /** The segments of the path up to the record that holds the field: {@code delegations, USA, clauses, a}. */
    private List<String> steps() {
        List<String> all = List.of(segments(toString()));
        return all.subList(0, all.size() - 1);
    }

    /** The record that holds this field in {@code s}, found by walking the path through records, lists (by id) and maps. */
    private Record holder(Scenario s) {
        Object node = s;
        for (String step : steps()) {
            node = node == null ? null : Records.step(node, step);
        }
        if (node == null) {
            throw new IllegalArgumentException(this + ": " + missingIn(Shape.of(s)).orElse("it names nothing"));
        }
        return (Record) node;
    }

    /** {@code s} with this field set to {@code value}, each record, list and map on the way rebuilt. */
    private Scenario replaced(Scenario s, Object value) {
        Record changed = Records.with(holder(s), key(), value);
        if (changed instanceof RedLine r && r.min() > r.max()) {
            throw new IllegalArgumentException(this + ": red line min " + Range.format(r.min()) + " would be above max "
                    + Range.format(r.max()));
        }
        return (Scenario) Records.replace(s, steps(), changed);
    }

    /** The path as written in files, e.g. {@code delegations.USA.clauses.binding.position}. */
    @Override
    public String toString() {
        String[] s = segments(field.pattern());
        if (delegationId != null) {
            s[idAt(field, "delegations")] = delegationId;
        }
        if (clauseId != null) {
            s[idAt(field, "clauses")] = clauseId;
        }
        return String.join(".", s);
    }
}
