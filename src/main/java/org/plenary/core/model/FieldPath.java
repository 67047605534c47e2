package org.plenary.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plenary.core.uncertainty.Field;

/**
 * A settable field of a scenario, named the way scenario files and commands name it:
 *
 * <pre>
 * delegations.&lt;id&gt;.clauses.&lt;clause&gt;.position | salience   a stance (the delegation must have one)
 * delegations.&lt;id&gt;.influence | cohesion | concession
 * clauses.&lt;id&gt;.statusQuo
 * protocol.maxRounds | loss | temperature | mediatorStep | dropContestedAfter | decisionRule | threshold
 * </pre>
 *
 * <p>Ids never contain dots, so the text of a path is unambiguous. A path is checked in two steps:
 * {@link #parse} checks the grammar alone; {@link #missingIn} checks that the delegation, clause or
 * stance it names exists in a scenario. {@link #all} lists every valid path of a scenario (for
 * "did you mean" suggestions and for designs that vary every field), {@link #with} sets the field
 * and rebuilds the affected records. The seed and texts (titles, rationales) are not fields.
 *
 * @param kind         which field
 * @param delegationId the delegation for {@link Scope#STANCE} and {@link Scope#DELEGATION} fields, else null
 * @param clauseId     the clause for {@link Scope#STANCE} and {@link Scope#CLAUSE} fields, else null
 */
public record FieldPath(Kind kind, String delegationId, String clauseId) {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /** The forms of a path, for messages. */
    public static final String GRAMMAR = "delegations.<id>.clauses.<clause>.position|salience, "
            + "delegations.<id>.influence|cohesion|concession, clauses.<id>.statusQuo, "
            + "protocol.maxRounds|loss|temperature|mediatorStep|dropContestedAfter|decisionRule|threshold";

    /** What a field belongs to. */
    public enum Scope {
        /** A delegation's stance on a clause. */
        STANCE,
        /** A delegation as a whole. */
        DELEGATION,
        /** A clause. */
        CLAUSE,
        /** The protocol. */
        PROTOCOL
    }

    /** The values a field takes. */
    public enum Type {
        /** A real number in the field's range. */
        REAL,
        /** A whole number in the field's range. */
        WHOLE,
        /** One of the named {@link Kind#choices()}. */
        CHOICE
    }

    /** The fields a path can name. */
    public enum Kind {
        POSITION(Scope.STANCE, "position", Type.REAL, Field.POSITION),
        SALIENCE(Scope.STANCE, "salience", Type.REAL, Field.SALIENCE),
        INFLUENCE(Scope.DELEGATION, "influence", Type.REAL, Field.INFLUENCE),
        COHESION(Scope.DELEGATION, "cohesion", Type.REAL, Field.COHESION),
        CONCESSION(Scope.DELEGATION, "concession", Type.REAL, Field.CONCESSION),
        STATUS_QUO(Scope.CLAUSE, "statusQuo", Type.REAL, Field.STATUS_QUO),
        /** Whole number 1..10000, as in scenario files. */
        MAX_ROUNDS(Scope.PROTOCOL, "maxRounds", Type.WHOLE, null),
        LOSS(Scope.PROTOCOL, "loss", Type.CHOICE, null),
        TEMPERATURE(Scope.PROTOCOL, "temperature", Type.REAL, Field.TEMPERATURE),
        MEDIATOR_STEP(Scope.PROTOCOL, "mediatorStep", Type.REAL, Field.MEDIATOR_STEP),
        /** Whole number ≥ 0. */
        DROP_CONTESTED_AFTER(Scope.PROTOCOL, "dropContestedAfter", Type.WHOLE, null),
        DECISION_RULE(Scope.PROTOCOL, "decisionRule", Type.CHOICE, null),
        THRESHOLD(Scope.PROTOCOL, "threshold", Type.REAL, Field.THRESHOLD);

        private final Scope scope;
        private final String key;
        private final Type type;
        private final Field field;

        Kind(Scope scope, String key, Type type, Field field) {
            this.scope = scope;
            this.key = key;
            this.type = type;
            this.field = field;
        }

        /** What the field belongs to. */
        public Scope scope() {
            return scope;
        }

        /** The last segment of the path, as in scenario files (e.g. {@code statusQuo}). */
        public String key() {
            return key;
        }

        /** The values the field takes. */
        public Type type() {
            return type;
        }

        /** The uncertain-input field of a real-valued kind (its range); empty for whole numbers and choices. */
        public Optional<Field> field() {
            return Optional.ofNullable(field);
        }

        /** Whether Monte Carlo runs can draw this field (real-valued fields can). */
        public boolean uncertain() {
            return field != null;
        }

        /** The values of a {@link Type#CHOICE} field as written in files (lower case); empty otherwise. */
        public List<String> choices() {
            return switch (this) {
                case LOSS -> names(Loss.values());
                case DECISION_RULE -> names(DecisionRule.values());
                default -> List.of();
            };
        }

        /** Whether {@code value} is a valid value of a {@link Type#REAL} or {@link Type#WHOLE} field. */
        public boolean admits(double value) {
            return switch (type) {
                case REAL -> field.admits(value);
                case WHOLE -> value == Math.rint(value)
                        && (this == MAX_ROUNDS ? value >= 1 && value <= 10_000 : value >= 0 && value <= Integer.MAX_VALUE);
                case CHOICE -> false;
            };
        }

        private static List<String> names(Enum<?>[] values) {
            List<String> out = new ArrayList<>();
            for (Enum<?> v : values) {
                out.add(v.name().toLowerCase(Locale.ROOT));
            }
            return List.copyOf(out);
        }

        static Kind byKey(Scope scope, String key) {
            for (Kind k : values()) {
                if (k.scope == scope && k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * The clauses, delegations and stances of a scenario: all a path needs to be checked. Readers
     * that find errors elsewhere in a file can still check paths against what they could read.
     *
     * @param clauseIds clause ids in the order of the text
     * @param stances   per delegation id (in the order of the file), the ids of the clauses it has a stance on
     */
    public record Shape(List<String> clauseIds, Map<String, List<String>> stances) {

        public Shape {
            clauseIds = List.copyOf(clauseIds);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            stances.forEach((d, cs) -> copy.put(d, List.copyOf(cs)));
            stances = Collections.unmodifiableMap(copy);
        }

        /** The shape of {@code scenario}. */
        public static Shape of(Scenario scenario) {
            List<String> clauses = scenario.clauses().stream().map(Clause::id).toList();
            Map<String, List<String>> stances = new LinkedHashMap<>();
            for (Delegation d : scenario.delegations()) {
                stances.put(d.id(), clauses.stream().filter(c -> d.stance(c) != null).toList());
            }
            return new Shape(clauses, stances);
        }
    }

    public FieldPath {
        Objects.requireNonNull(kind, "kind");
        boolean needsDelegation = kind.scope == Scope.STANCE || kind.scope == Scope.DELEGATION;
        boolean needsClause = kind.scope == Scope.STANCE || kind.scope == Scope.CLAUSE;
        if (needsDelegation != (delegationId != null) || needsClause != (clauseId != null)) {
            throw new IllegalArgumentException(kind + " needs " + (needsDelegation ? "a" : "no") + " delegation and "
                    + (needsClause ? "a" : "no") + " clause: " + delegationId + ", " + clauseId);
        }
    }

    /** A stance's position or salience. */
    public static FieldPath stance(String delegationId, String clauseId, Kind kind) {
        return new FieldPath(kind, delegationId, clauseId);
    }

    /** A delegation's influence, cohesion or concession. */
    public static FieldPath delegation(String delegationId, Kind kind) {
        return new FieldPath(kind, delegationId, null);
    }

    /** A clause's status quo. */
    public static FieldPath clause(String clauseId, Kind kind) {
        return new FieldPath(kind, null, clauseId);
    }

    /** A protocol setting. */
    public static FieldPath protocol(Kind kind) {
        return new FieldPath(kind, null, null);
    }

    /** The path of {@code text} if it follows the grammar, whatever the scenario; empty otherwise. */
    public static Optional<FieldPath> parse(String text) {
        String[] s = text.split("\\.", -1);
        Kind k;
        if (s.length == 5 && s[0].equals("delegations") && s[2].equals("clauses") && isId(s[1]) && isId(s[3])
                && (k = Kind.byKey(Scope.STANCE, s[4])) != null) {
            return Optional.of(stance(s[1], s[3], k));
        }
        if (s.length == 3 && s[0].equals("delegations") && isId(s[1]) && (k = Kind.byKey(Scope.DELEGATION, s[2])) != null) {
            return Optional.of(delegation(s[1], k));
        }
        if (s.length == 3 && s[0].equals("clauses") && isId(s[1]) && (k = Kind.byKey(Scope.CLAUSE, s[2])) != null) {
            return Optional.of(clause(s[1], k));
        }
        if (s.length == 2 && s[0].equals("protocol") && (k = Kind.byKey(Scope.PROTOCOL, s[1])) != null) {
            return Optional.of(protocol(k));
        }
        return Optional.empty();
    }

    private static boolean isId(String s) {
        return ID.matcher(s).matches();
    }

    /** Every valid path of {@code shape}: per delegation its stances (clause order) and own fields, then clauses, then the protocol. */
    public static List<FieldPath> all(Shape shape) {
        List<FieldPath> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> d : shape.stances().entrySet()) {
            for (String c : shape.clauseIds()) {
                if (d.getValue().contains(c)) {
                    out.add(stance(d.getKey(), c, Kind.POSITION));
                    out.add(stance(d.getKey(), c, Kind.SALIENCE));
                }
            }
            for (Kind k : Kind.values()) {
                if (k.scope == Scope.DELEGATION) {
                    out.add(delegation(d.getKey(), k));
                }
            }
        }
        for (String c : shape.clauseIds()) {
            out.add(clause(c, Kind.STATUS_QUO));
        }
        for (Kind k : Kind.values()) {
            if (k.scope == Scope.PROTOCOL) {
                out.add(protocol(k));
            }
        }
        return out;
    }

    /** Every valid path of {@code scenario}. */
    public static List<FieldPath> all(Scenario scenario) {
        return all(Shape.of(scenario));
    }

    /**
     * Why this path names nothing in {@code shape} (e.g. "there is no delegation 'USX'"), or empty
     * when the field exists.
     */
    public Optional<String> missingIn(Shape shape) {
        if (delegationId != null && !shape.stances().containsKey(delegationId)) {
            return Optional.of("there is no delegation '" + delegationId + "'");
        }
        if (clauseId != null && !shape.clauseIds().contains(clauseId)) {
            return Optional.of("there is no clause '" + clauseId + "'");
        }
        if (kind.scope == Scope.STANCE && !shape.stances().get(delegationId).contains(clauseId)) {
            return Optional.of(delegationId + " has no stance on clause '" + clauseId + "'");
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
                "'" + text + "' is not a field path; paths are " + GRAMMAR));
        p.missingIn(Shape.of(scenario)).ifPresent(why -> {
            throw new IllegalArgumentException("'" + text + "' names no field of the scenario: " + why);
        });
        return p;
    }

    /** The value of a {@link Type#REAL} or {@link Type#WHOLE} field in {@code s}. */
    public double number(Scenario s) {
        return switch (kind) {
            case POSITION -> stanceOf(s).position();
            case SALIENCE -> stanceOf(s).salience();
            case INFLUENCE -> delegationOf(s).influence();
            case COHESION -> delegationOf(s).cohesion();
            case CONCESSION -> delegationOf(s).concession();
            case STATUS_QUO -> clauseOf(s).statusQuo();
            case MAX_ROUNDS -> s.protocol().maxRounds();
            case TEMPERATURE -> s.protocol().temperature();
            case MEDIATOR_STEP -> s.protocol().mediatorStep();
            case DROP_CONTESTED_AFTER -> s.protocol().dropContestedAfter();
            case THRESHOLD -> s.protocol().threshold();
            case LOSS, DECISION_RULE -> throw new IllegalArgumentException(this + " is a choice, not a number");
        };
    }

    /** The value of a {@link Type#CHOICE} field in {@code s}, as written in files ({@code quadratic}). */
    public String choice(Scenario s) {
        return switch (kind) {
            case LOSS -> s.protocol().loss().name().toLowerCase(Locale.ROOT);
            case DECISION_RULE -> s.protocol().decisionRule().name().toLowerCase(Locale.ROOT);
            default -> throw new IllegalArgumentException(this + " is a number, not a choice");
        };
    }

    /**
     * {@code s} with this field set to {@code value}, the affected records rebuilt; every other
     * value (and the uncertainty) unchanged.
     *
     * @throws IllegalArgumentException when the field is a choice, the value is outside its range
     *                                  (or not whole for a whole-number field), or the path names nothing in {@code s}
     */
    public Scenario with(Scenario s, double value) {
        if (kind.type == Type.CHOICE) {
            throw new IllegalArgumentException(this + " is a choice of " + kind.choices() + ", not a number");
        }
        if (!kind.admits(value)) {
            throw new IllegalArgumentException(value + " is not a valid value of " + this);
        }
        return switch (kind.scope) {
            case STANCE -> {
                Stance old = stanceOf(s);
                Stance st = kind == Kind.POSITION
                        ? new Stance(value, old.salience(), old.redLine(), old.rationale(), old.source())
                        : new Stance(old.position(), value, old.redLine(), old.rationale(), old.source());
                Delegation d = delegationOf(s);
                Map<String, Stance> stances = new HashMap<>(d.stances());
                stances.put(clauseId, st);
                yield replace(s, new Delegation(d.id(), d.name(), d.kind(), d.influence(), d.votes(), d.members(),
                        d.cohesion(), d.concession(), stances));
            }
            case DELEGATION -> {
                Delegation d = delegationOf(s);
                yield replace(s, new Delegation(d.id(), d.name(), d.kind(),
                        kind == Kind.INFLUENCE ? value : d.influence(), d.votes(), d.members(),
                        kind == Kind.COHESION ? value : d.cohesion(),
                        kind == Kind.CONCESSION ? value : d.concession(), d.stances()));
            }
            case CLAUSE -> {
                Clause c = clauseOf(s);
                List<Clause> clauses = new ArrayList<>(s.clauses());
                clauses.set(clauses.indexOf(c), new Clause(c.id(), c.title(), c.description(), c.scale(), value));
                yield new Scenario(s.metadata(), clauses, s.delegations(), s.protocol(), s.seed(), s.uncertainty());
            }
            case PROTOCOL -> {
                Protocol p = s.protocol();
                yield s.withProtocol(new Protocol(
                        kind == Kind.MAX_ROUNDS ? (int) value : p.maxRounds(), p.loss(),
                        kind == Kind.TEMPERATURE ? value : p.temperature(),
                        kind == Kind.MEDIATOR_STEP ? value : p.mediatorStep(),
                        kind == Kind.DROP_CONTESTED_AFTER ? (int) value : p.dropContestedAfter(), p.decisionRule(),
                        kind == Kind.THRESHOLD ? value : p.threshold()));
            }
        };
    }

    /**
     * {@code s} with this choice field set to {@code choice} (as written in files, e.g. {@code linear}).
     *
     * @throws IllegalArgumentException when the field is a number or {@code choice} is not one of its {@link Kind#choices()}
     */
    public Scenario with(Scenario s, String choice) {
        if (!kind.choices().contains(choice)) {
            throw new IllegalArgumentException(kind.type == Type.CHOICE
                    ? "'" + choice + "' is not a valid value of " + this + "; valid values: " + kind.choices()
                    : this + " is a number, not a choice");
        }
        Protocol p = s.protocol();
        String upper = choice.toUpperCase(Locale.ROOT);
        return s.withProtocol(new Protocol(p.maxRounds(), kind == Kind.LOSS ? Loss.valueOf(upper) : p.loss(),
                p.temperature(), p.mediatorStep(), p.dropContestedAfter(),
                kind == Kind.DECISION_RULE ? DecisionRule.valueOf(upper) : p.decisionRule(), p.threshold()));
    }

    private Delegation delegationOf(Scenario s) {
        for (Delegation d : s.delegations()) {
            if (d.id().equals(delegationId)) {
                return d;
            }
        }
        throw new IllegalArgumentException(this + ": there is no delegation '" + delegationId + "'");
    }

    private Stance stanceOf(Scenario s) {
        Stance st = delegationOf(s).stance(clauseId);
        if (st == null) {
            throw new IllegalArgumentException(this + ": " + delegationId + " has no stance on clause '" + clauseId + "'");
        }
        return st;
    }

    private Clause clauseOf(Scenario s) {
        for (Clause c : s.clauses()) {
            if (c.id().equals(clauseId)) {
                return c;
            }
        }
        throw new IllegalArgumentException(this + ": there is no clause '" + clauseId + "'");
    }

    private static Scenario replace(Scenario s, Delegation d) {
        List<Delegation> ds = new ArrayList<>(s.delegations());
        for (int i = 0; i < ds.size(); i++) {
            if (ds.get(i).id().equals(d.id())) {
                ds.set(i, d);
            }
        }
        return new Scenario(s.metadata(), s.clauses(), ds, s.protocol(), s.seed(), s.uncertainty());
    }

    /** The path as written in files, e.g. {@code delegations.USA.clauses.binding.position}. */
    @Override
    public String toString() {
        return switch (kind.scope) {
            case STANCE -> "delegations." + delegationId + ".clauses." + clauseId + "." + kind.key;
            case DELEGATION -> "delegations." + delegationId + "." + kind.key;
            case CLAUSE -> "clauses." + clauseId + "." + kind.key;
            case PROTOCOL -> "protocol." + kind.key;
        };
    }
}
