package org.plenary.io.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.core.uncertainty.Field;
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.core.uncertainty.UncertainInput;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.io.scenario.ScenarioBinder.Bound;
import org.plenary.io.source.Expect;
import org.plenary.io.source.FieldReader;
import org.plenary.io.source.Mark;
import org.plenary.io.source.ProblemPath;
import org.plenary.io.source.Problems;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Range;
import org.plenary.io.source.SourceNode;
import org.plenary.io.source.SourceNode.Entry;
import org.plenary.io.source.SourceNode.MapNode;
import org.plenary.io.source.Suggestions;

/**
 * Reads the optional {@code uncertainty} section: default spreads of positions and saliences, and
 * distributions of named fields. {@link #bind} checks each distribution against the range of its
 * field; {@link #check} checks that each path names a field of the scenario, with the nearest valid
 * paths as suggestions.
 *
 * <p>A distribution is a mapping with one key, the distribution's name:
 * {@code {normal: {offset: 0, sd: 5}}}, {@code {uniform: {lo: 0, hi: 30}}},
 * {@code {triangular: {lo: 40, mode: 60, hi: 80}}}, {@code {beta: {alpha: 6, beta: 4}}}.
 */
final class UncertaintyReader {

    private static final List<String> DISTRIBUTIONS = List.of("normal", "uniform", "triangular", "beta");

    /** Other names of the distributions, too far from ours by spelling for a suggestion. */
    private static final Map<String, String> ALIASES = Map.of("gaussian", "normal", "gauss", "normal",
            "triangle", "triangular", "tri", "triangular", "rectangular", "uniform", "flat", "uniform");

    /** Most suggestions listed for an unknown path. */
    private static final int SUGGESTIONS = 3;

    /**
     * One entry of {@code uncertainty.fields}. {@code path} is null when the text is not a path of
     * an uncertain field (not yet reported unless it names a field that cannot be uncertain);
     * {@code distribution} is null when wrong (reported).
     */
    record InputDraft(String text, Mark keyMark, String problemPath, FieldPath path, Distribution distribution) {
    }

    /** What the section says; a distribution is null when absent or wrong. */
    record UncertaintyDraft(Distribution positions, Distribution saliences, List<InputDraft> inputs) {

        static final UncertaintyDraft NONE = new UncertaintyDraft(null, null, List.of());

        /** The core uncertainty; only for a draft without errors. */
        Uncertainty toUncertainty() {
            List<UncertainInput> in = inputs.stream().map(i -> new UncertainInput(i.path().toString(), field(i.path()),
                    i.path().delegationId(), i.path().clauseId(), i.distribution())).toList();
            return positions == null && saliences == null && in.isEmpty() ? Uncertainty.NONE
                    : new Uncertainty(positions, saliences, in);
        }
    }

    private final Problems problems;

    /**
     * The core's name of a drawn field: its key in upper snake case ({@code statusQuo} → STATUS_QUO),
     * a red line's ends prefixed by their section ({@code redLine.min} → RED_LINE_MIN).
     */
    static Field field(FieldPath p) {
        String name = p.section().equals("redLine") ? p.section() + "_" + p.key() : p.key();
        return Field.valueOf(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
    }

    UncertaintyReader(Problems problems) {
        this.problems = problems;
    }

    /** Reads the section from its mapping. */
    UncertaintyDraft bind(FieldReader f) {
        Distribution positions = f.has("positions")
                ? distribution(f.node("positions"), f.pathOf("positions"), Field.POSITION, "a position") : null;
        Distribution saliences = f.has("saliences")
                ? distribution(f.node("saliences"), f.pathOf("saliences"), Field.SALIENCE, "a salience") : null;
        List<InputDraft> inputs = new ArrayList<>();
        MapNode fields = f.mapping("fields", List.of("<field path>: <distribution>"), false);
        if (fields != null) {
            FieldReader.reportDuplicates(fields, f.pathOf("fields"), problems);
            for (Entry e : fields.entries()) {
                String path = ProblemPath.child(f.pathOf("fields"), e.key());
                FieldPath target = FieldPath.parse(e.key()).orElse(null);
                if (target != null && !target.spec().drawable()) {
                    String protocol = String.join(", ", ScenarioFields.section("protocol").fields().stream()
                            .filter(FieldSpec::drawable).map(FieldSpec::key).toList());
                    problems.error(e.keyMark(), path, target + " cannot be uncertain: it is a "
                            + (target.spec().type() == FieldSpec.Type.CHOICE ? "choice" : "whole number")
                            + "; only real-valued fields are drawn (protocol: " + protocol + ")");
                    distribution(e.value(), path, null, null);
                    continue;
                }
                Field field = target == null ? null : field(target);
                Distribution d = distribution(e.value(), path, field, target == null ? null : target.toString());
                inputs.add(new InputDraft(e.key(), e.keyMark(), path, target, d));
            }
        }
        return new UncertaintyDraft(positions, saliences, inputs);
    }

    /**
     * Reports every path of the section that names no field of the draft, with the nearest valid
     * paths. Paths into a delegation whose stances could not be read are not checked.
     */
    void check(Bound scenario) {
        UncertaintyDraft u = (UncertaintyDraft) scenario.values().get("uncertainty");
        if (u.inputs().isEmpty()) {
            return;
        }
        List<String> clauseIds = scenario.items("clauses").stream().map(c -> c.text("id")).filter(Objects::nonNull)
                .distinct().toList();
        List<Bound> delegations = scenario.items("delegations").stream().filter(d -> d.text("id") != null).toList();
        FieldPath.Shape shape = new FieldPath.Shape(clauseIds, stances(delegations, s -> true),
                stances(delegations, s -> s.at().has("redLine")));
        List<String> unreadable = delegations.stream().filter(d -> !d.readable("clauses")).map(d -> d.text("id")).toList();
        List<String> candidates = FieldPath.all(shape).stream().filter(p -> p.spec().drawable())
                .map(FieldPath::toString).toList();
        for (InputDraft in : u.inputs()) {
            FieldPath p = in.path();
            if (p != null && p.clauseId() != null && unreadable.contains(p.delegationId())) {
                continue;
            }
            Optional<String> why = p == null ? Optional.of("") : p.missingIn(shape).map(w -> ": " + w);
            if (why.isPresent()) {
                problems.error(in.keyMark(), in.problemPath(), "unknown field path " + quote(in.text()) + why.get()
                        + ";" + suggest(in.text(), candidates));
            } else if (p.section().equals("redLine") && in.distribution() != null) {
                checkOrder(scenario, u, in);
            }
        }
    }

    /** Per delegation id (the first delegation of that id), the clause ids of its stances that pass {@code which}. */
    private static Map<String, List<String>> stances(List<Bound> delegations, Predicate<Bound> which) {
        return delegations.stream().collect(Collectors.toMap(d -> d.text("id"),
                d -> d.items("clauses").stream().filter(which).map(Bound::key).toList(), (first, later) -> first, LinkedHashMap::new));
    }

    /**
     * Reports a red line whose drawn ends could be out of order, at the end drawn from a bounded
     * distribution (the min when both are).
     */
    private void checkOrder(Bound scenario, UncertaintyDraft u, InputDraft in) {
        FieldPath p = in.path();
        Distribution min = drawn(u, FieldPath.of("redLine", "min", p.delegationId(), p.clauseId()));
        Distribution max = drawn(u, FieldPath.of("redLine", "max", p.delegationId(), p.clauseId()));
        if (!p.key().equals(min != null && !(min instanceof Distribution.Normal) ? "min" : "max")) {
            return;
        }
        scenario.items("delegations").stream().filter(d -> p.delegationId().equals(d.text("id")))
                .flatMap(d -> d.items("clauses").stream()).filter(s -> s.key().equals(p.clauseId()))
                .map(s -> (Bound) s.values().get("redLine"))
                .filter(r -> r != null && r.number("min") != null && r.number("max") != null)
                .map(r -> Perturbation.redLineOrder(r.number("min"), r.number("max"), min, max))
                .filter(why -> why != null).forEach(why -> problems.error(in.keyMark(), in.problemPath(), why));
    }

    /** The distribution the section gives {@code p}, or null (also when it is wrong). */
    private static Distribution drawn(UncertaintyDraft u, FieldPath p) {
        return u.inputs().stream().filter(i -> p.equals(i.path())).map(InputDraft::distribution)
                .filter(d -> d != null).findFirst().orElse(null);
    }

    /** " did you mean 'a', 'b' or 'c'?" for the valid paths nearest to {@code typed}, or the forms of a path. */
    private static String suggest(String typed, List<String> candidates) {
        int limit = Math.max(2, typed.length() / 4);
        List<String> near = candidates.stream().filter(c -> Suggestions.distance(typed, c) <= limit)
                .sorted(Comparator.comparingDouble(c -> Suggestions.distance(typed, c)))
                .limit(SUGGESTIONS).map(UncertaintyReader::quote).toList();
        return near.isEmpty() ? " uncertain fields are " + ScenarioFields.grammar(true) : " did you mean " + or(near) + "?";
    }

    /** "a", "a or b", "a, b or c". */
    private static String or(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private static String quote(String path) {
        return "'" + Quote.bare(path, 120) + "'";
    }

    /**
     * The distribution written at {@code node}, or null after reporting. With a {@code field},
     * bounds are checked against its range and a beta needs a bounded field; {@code what} names the
     * field in messages.
     */
    private Distribution distribution(SourceNode node, String path, Field field, String what) {
        MapNode m = node instanceof MapNode map ? map : null;
        if (m == null || m.entries().isEmpty()) {
            if (m != null || !Expect.rejected(node, path, problems)) {
                problems.error(node.mark(), path, "expected a distribution such as {normal: {sd: 5}} (a mapping with one key: "
                        + or(DISTRIBUTIONS) + "), got " + (m == null ? node.describe() : "an empty mapping"));
            }
            return null;
        }
        FieldReader.reportDuplicates(m, path, problems);
        for (Entry extra : m.entries().subList(1, m.entries().size())) {
            problems.error(extra.keyMark(), ProblemPath.child(path, extra.key()), "a field has one distribution; "
                    + Quote.name(extra.key()) + " comes after " + Quote.name(m.entries().get(0).key()));
        }
        Entry e = m.entries().get(0);
        String at = ProblemPath.child(path, e.key());
        if (!DISTRIBUTIONS.contains(e.key())) {
            String alias = ALIASES.get(e.key().toLowerCase(java.util.Locale.ROOT));
            problems.error(e.keyMark(), at, "unknown distribution " + Quote.name(e.key()) + ";"
                    + (alias != null ? " did you mean " + Quote.name(alias) + "?"
                    : Suggestions.didYouMean(e.key(), DISTRIBUTIONS)) + " valid distributions: "
                    + String.join(", ", DISTRIBUTIONS));
            return null;
        }
        Range bounds = field == null ? Range.any() : Range.of(field);
        int before = problems.errorCount();
        if (e.key().equals("beta") && field != null && !field.bounded()) {
            problems.error(e.keyMark(), at, "a beta distribution is scaled to its field's range, but "
                    + what + " has no upper bound (" + bounds.describe() + "); use normal, uniform or triangular");
        }
        // The parameters in the order they are checked and passed.
        List<String> names = switch (e.key()) {
            case "normal" -> List.of("offset", "sd");
            case "uniform" -> List.of("lo", "hi");
            case "triangular" -> List.of("lo", "mode", "hi");
            default -> List.of("alpha", "beta");
        };
        MapNode args = Expect.mapping(e.value(), at, names, problems);
        if (args == null) {
            return null;
        }
        FieldReader p = new FieldReader(args, at, names, problems);
        // A normal's offset is 0 when absent; the values a distribution spans are its field's.
        List<Double> x = names.stream().map(n -> switch (n) {
            case "offset" -> p.has(n) ? p.number(n, Range.any(), false) : Double.valueOf(0);
            case "sd" -> p.number(n, Range.atLeast(0), true);
            case "alpha", "beta" -> p.number(n, Range.above(0), true);
            default -> p.number(n, bounds, true);
        }).toList();
        if (x.contains(null)) {
            return null;
        }
        Distribution d = switch (e.key()) {
            case "normal" -> new Distribution.Normal(x.get(0), x.get(1));
            case "beta" -> new Distribution.Beta(x.get(0), x.get(1));
            case "uniform" -> x.get(0) < x.get(1) ? new Distribution.Uniform(x.get(0), x.get(1)) : null;
            default -> x.get(0) < x.get(2) && x.get(1) >= x.get(0) && x.get(1) <= x.get(2)
                    ? new Distribution.Triangular(x.get(0), x.get(1), x.get(2)) : null;
        };
        if (d == null) {
            problems.error(e.value().mark(), at, e.key().equals("uniform")
                    ? "lo " + Range.format(x.get(0)) + " must be below hi " + Range.format(x.get(1))
                    : "lo " + Range.format(x.get(0)) + ", mode " + Range.format(x.get(1)) + ", hi " + Range.format(x.get(2))
                    + " are not in order; need lo <= mode <= hi and lo < hi");
        }
        return problems.errorCount() == before ? d : null;
    }
}
