package org.plenary.io.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.core.model.Scenario;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.core.uncertainty.Field;
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.core.uncertainty.UncertainInput;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.experiment.sweep.Design;
import org.plenary.experiment.sweep.Domain;
import org.plenary.experiment.sweep.Parameter;
import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.io.scenario.FieldPath;
import org.plenary.io.scenario.FieldSpec;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioReader;
import org.plenary.io.source.Expect;
import org.plenary.io.source.FieldReader;
import org.plenary.io.source.Mark;
import org.plenary.io.source.Problem;
import org.plenary.io.source.Problems;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Range;
import org.plenary.io.source.SourceKind;
import org.plenary.io.source.SourceNode;
import org.plenary.io.source.SourceNode.ListNode;
import org.plenary.io.source.SourceNode.MapNode;
import org.plenary.io.source.SourceText;
import org.plenary.io.source.Suggestions;

/**
 * Reads a sweep specification (YAML or JSON, {@code docs/sweep-format.md}) with the scenario
 * reader's machinery: the same located tree, the same checks, every problem at once as
 * {@code file:line:column: path: message}. Parameter paths are checked against the base scenario,
 * with the nearest valid paths suggested.
 */
public final class SweepSpecReader {

    /** Largest specification read: 1 MB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final SourceKind KIND = new SourceKind("sweep specification", MAX_BYTES,
            "a sweep specification is a mapping with the base scenario and the parameters to vary");

    /** Most points a sweep may have. */
    public static final int MAX_POINTS = 10_000_000;

    private static final List<String> TOP = List.of("$schema", "scenario", "design", "points", "runs", "seed",
            "parameters", "sensitivity");
    private static final List<String> PARAMETER = List.of("path", "levels", "range", "spread", "distribution");
    private static final List<String> DOMAINS = List.of("levels", "range", "spread", "distribution");
    private static final List<String> RANGE = List.of("min", "max", "steps");
    private static final List<String> SPREAD = List.of("by", "steps");
    private static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "triangular", "beta");
    private static final List<String> SENSITIVITY = List.of("metric", "bootstrap");
    private static final List<String> DESIGNS = List.of("grid", "random", "lhs", "sobol");
    private static final Pattern WILDCARD = Pattern.compile("[A-Za-z0-9_*.-]*\\*[A-Za-z0-9_*.-]*");

    private final Problems problems;
    private final Scenario scenario;
    private final List<String> validPaths;

    private SweepSpecReader(Problems problems, Scenario scenario) {
        this.problems = problems;
        this.scenario = scenario;
        this.validPaths = scenario == null ? List.of()
                : FieldPath.all(scenario).stream().map(FieldPath::toString).toList();
    }

    /**
     * The hex SHA-256 of the specification's bytes, for manifests: read as {@link #read} reads them (a
     * regular file, never more than {@value #MAX_BYTES} bytes); or empty after reporting why not.
     */
    public static Optional<String> sha256(Path file, Problems problems) {
        return SourceText.sha256(file, KIND, problems);
    }

    /** Reads {@code file}; never throws for a bad file: every problem is in the result. */
    public static SweepSpecResult read(Path file) {
        Problems problems = new Problems(file.toString());
        Optional<String> text = SourceText.read(file, KIND, problems);
        if (text.isEmpty()) {
            return new SweepSpecResult(Optional.empty(), problems.sorted());
        }
        return parse(file, text.get(), problems, ScenarioReader::read);
    }

    /**
     * Reads a specification from text, as if it were the file {@code specName}, with the base
     * scenario given as text too (whatever file the specification names): a specification sent by
     * another process, which must never make this one read a file.
     */
    public static SweepSpecResult read(String specName, String specText, String scenarioName, String scenarioText) {
        Problems problems = new Problems(specName);
        return parse(Path.of(specName), specText, problems, f -> ScenarioReader.read(scenarioText, scenarioName));
    }

    private static SweepSpecResult parse(Path file, String text, Problems problems,
                                         java.util.function.Function<Path, ReadResult> scenarios) {
        SourceNode root = SourceText.tree(text, file.toString(), KIND, problems);
        if (root == null) {
            return new SweepSpecResult(Optional.empty(), problems.sorted());
        }
        MapNode map = Expect.mapping(root, "$", TOP, problems);
        if (map == null) {
            return new SweepSpecResult(Optional.empty(), problems.sorted());
        }
        FieldReader top = new FieldReader(map, "", TOP, problems);
        top.require("scenario", "the base scenario's file, relative to this file");
        String scenarioName = top.text("scenario", false);
        Path scenarioFile = null;
        List<Problem> scenarioProblems = List.of();
        Scenario scenario = null;
        if (scenarioName != null) {
            Path dir = file.toAbsolutePath().getParent();
            scenarioFile = dir == null ? Path.of(scenarioName) : dir.resolve(scenarioName).normalize();
            Path shown = file.getParent() == null ? Path.of(scenarioName) : file.getParent().resolve(scenarioName).normalize();
            ReadResult r = scenarios.apply(scenarioFile);
            scenarioProblems = r.problems().stream().map(p -> p.withFile(shown.toString())).toList();
            scenario = r.scenario().orElse(null);
            if (scenario == null) {
                problems.error(top.valueMark("scenario"), "scenario", "the scenario " + Quote.text(scenarioName)
                        + " cannot be used (its problems follow); parameter paths are checked against it once it can");
            }
        }
        SweepSpec spec = new SweepSpecReader(problems, scenario).bind(file, top, scenarioFile);
        List<Problem> all = new ArrayList<>(problems.sorted());
        all.addAll(scenarioProblems);
        boolean errors = all.stream().anyMatch(Problem::isError);
        return new SweepSpecResult(errors ? Optional.empty() : Optional.ofNullable(spec), all);
    }

    private SweepSpec bind(Path file, FieldReader top, Path scenarioFile) {
        String designName = top.choice("design", DESIGNS);
        Design design = designName == null ? Design.GRID : Design.valueOf(designName.toUpperCase(Locale.ROOT));
        Long points = top.integer("points", Range.closed(1, MAX_POINTS), false);
        Long runs = top.integer("runs", Range.closed(1, Integer.MAX_VALUE), false);
        Long seed = top.integer("seed", Range.anyLong(), false);
        List<Parameter> parameters = new ArrayList<>();
        List<FieldPath> paths = new ArrayList<>();
        top.require("parameters", "a list of the fields to vary, each with a path and levels, a range, a spread or a"
                + " distribution");
        ListNode list = top.list("parameters", "parameters", false);
        int before = problems.errorCount();
        if (list != null) {
            if (list.items().isEmpty()) {
                problems.error(list.mark(), "parameters", "the list of parameters is empty; name at least one field");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.items().size(); i++) {
                parameter(list.items().get(i), "parameters[" + i + "]", design, seen, parameters, paths);
            }
            redLinesInOrder(list, parameters, paths);
        }
        String metric = "p_consensus";
        int bootstrap = 1000;
        MapNode sens = top.mapping("sensitivity", SENSITIVITY, false);
        if (sens != null) {
            FieldReader s = new FieldReader(sens, "sensitivity", SENSITIVITY, problems);
            String m = s.text("metric", false);
            if (m != null && scenario != null) {
                List<String> names = SweepSpec.metrics(scenario);
                if (!names.contains(m)) {
                    problems.error(s.valueMark("metric"), "sensitivity.metric", "unknown metric " + Quote.name(m) + ";"
                            + Suggestions.closest(m, names).map(x -> " did you mean " + Quote.name(x) + "?").orElse("")
                            + " metrics: " + String.join(", ", names));
                }
                metric = m;
            }
            Long b = s.integer("bootstrap", Range.closed(10, 100_000), false);
            if (b != null) {
                bootstrap = b.intValue();
            }
        }
        int count;
        if (design == Design.GRID) {
            long size = problems.errorCount() == before ? SweepPlan.gridSize(parameters) : 0;
            if (size > MAX_POINTS) {
                problems.error(top.keyMark("parameters"), "parameters", "the grid has " + size + " points, more than "
                        + MAX_POINTS + "; use fewer levels or steps, or a random, lhs or sobol design");
            }
            if (points != null && size > 0 && points != size) {
                problems.error(top.valueMark("points"), "points", "a grid has one point per combination of levels: "
                        + size + " here, not " + points + "; leave points out or change the levels");
            }
            count = (int) Math.min(size, MAX_POINTS);
        } else {
            if (!top.has("points")) {
                problems.error(top.keyMark("design"), "points", "missing required field 'points' (the number of points of"
                        + " the " + designName + " design)");
            }
            count = points == null ? 0 : points.intValue();
            if (design == Design.LHS && (long) count * parameters.size() > Design.LHS_MAX_COORDINATES) {
                problems.error(top.valueMark("points"), "points", "a Latin hypercube is drawn whole and held in memory:"
                        + " points × parameters at most " + String.format(Locale.ROOT, "%,d", Design.LHS_MAX_COORDINATES)
                        + ", here " + String.format(Locale.ROOT, "%,d × %d", count, parameters.size())
                        + "; use at most " + String.format(Locale.ROOT, "%,d", Design.LHS_MAX_COORDINATES / parameters.size())
                        + " points, or a sobol or random design (made point by point)");
            }
        }
        if (problems.hasErrors() || scenario == null) {
            return null;
        }
        return new SweepSpec(file, scenarioFile, scenario, parameters, paths, design, count,
                runs == null ? 1000 : runs, seed == null ? scenario.seed() : seed, metric, bootstrap);
    }

    private void parameter(SourceNode node, String at, Design design, Set<String> seen, List<Parameter> out,
                           List<FieldPath> paths) {
        MapNode map = Expect.mapping(node, at, PARAMETER, problems);
        if (map == null) {
            return;
        }
        FieldReader r = new FieldReader(map, at, PARAMETER, problems);
        r.require("path", "the scenario field to vary, e.g. delegations.USA.clauses.legal-nature.position");
        String text = r.text("path", false);
        List<String> given = DOMAINS.stream().filter(r::has).toList();
        if (given.isEmpty()) {
            problems.error(map.mark(), at, "give the values of the parameter: one of levels, range, spread or distribution");
        } else if (given.size() > 1) {
            problems.error(r.keyMark(given.get(1)), at + "." + given.get(1), "give only one of levels, range, spread"
                    + " and distribution; this parameter has " + String.join(" and ", given));
        }
        if (text == null || scenario == null) {
            return;
        }
        List<FieldPath> targets = targets(text, r.valueMark("path"), at + ".path");
        if (given.size() != 1) {
            return;
        }
        String kind = given.get(0);
        for (FieldPath p : targets) {
            String name = p.toString();
            if (!seen.add(name)) {
                problems.error(r.valueMark("path"), at + ".path", "the field " + Quote.name(name)
                        + " is already varied by an earlier parameter; vary each field once");
                continue;
            }
            Domain d = domain(r, at, kind, p, design);
            drawnEachRun(p).ifPresent(how -> problems.warning(r.valueMark("path"), at + ".path", "the scenario's"
                    + " uncertainty section draws " + name + " in every run from " + how + ", whatever its value;"
                    + " varying it changes nothing"));
            if (d != null) {
                out.add(new Parameter(name, kindOf(p), d));
                paths.add(p);
            }
        }
    }

    /**
     * Reports a red line whose min and max are both varied when some point could put min above max:
     * the highest value of min must not exceed the lowest value of max.
     */
    private void redLinesInOrder(ListNode list, List<Parameter> parameters, List<FieldPath> paths) {
        for (int i = 0; i < paths.size(); i++) {
            FieldPath min = paths.get(i);
            if (!min.section().equals("redLine") || !min.key().equals("min")) {
                continue;
            }
            for (int j = 0; j < paths.size(); j++) {
                FieldPath max = paths.get(j);
                if (max.section().equals("redLine") && max.key().equals("max")
                        && max.delegationId().equals(min.delegationId()) && max.clauseId().equals(min.clauseId())
                        && extreme(parameters.get(i).domain(), true) > extreme(parameters.get(j).domain(), false)) {
                    problems.error(list.mark(), "parameters", "the red line " + min.delegationId() + " / "
                            + min.clauseId() + " would be out of order: min reaches "
                            + Range.format(extreme(parameters.get(i).domain(), true)) + " but max goes down to "
                            + Range.format(extreme(parameters.get(j).domain(), false))
                            + "; keep every value of min at or below every value of max");
                }
            }
        }
    }

    /** The highest (or lowest) value a numeric domain takes. */
    private static double extreme(Domain d, boolean highest) {
        if (d instanceof Domain.Levels l) {
            return highest ? l.values().stream().mapToDouble(x -> x).max().orElseThrow()
                    : l.values().stream().mapToDouble(x -> x).min().orElseThrow();
        }
        if (d instanceof Domain.Interval v) {
            return highest ? v.max() : v.min();
        }
        if (d instanceof Domain.Normal n) {
            return highest ? n.hi() : n.lo();
        }
        if (d instanceof Domain.Triangular t) {
            return highest ? t.hi() : t.lo();
        }
        Domain.Beta b = (Domain.Beta) d;
        return highest ? b.hi() : b.lo();
    }

    /** The fields a path (or a pattern with {@code *} segments) names, or none after reporting. */
    private List<FieldPath> targets(String text, Mark mark, String at) {
        if (WILDCARD.matcher(text).matches()) {
            Pattern p = Pattern.compile(Pattern.quote(text).replace("*", "\\E[^.]*\\Q"));
            List<FieldPath> matched = FieldPath.all(scenario).stream().filter(f -> p.matcher(f.toString()).matches()).toList();
            if (matched.isEmpty()) {
                problems.error(mark, at, "the pattern " + Quote.name(text) + " matches no field of the scenario;"
                        + nearest(text));
            }
            return matched;
        }
        Optional<FieldPath> parsed = FieldPath.parse(text);
        if (parsed.isEmpty()) {
            problems.error(mark, at, "unknown field path " + Quote.name(text) + ";" + nearest(text));
            return List.of();
        }
        Optional<String> missing = parsed.get().missingIn(FieldPath.Shape.of(scenario));
        if (missing.isPresent()) {
            problems.error(mark, at, "the field path " + Quote.name(text) + " names nothing in the scenario: "
                    + missing.get() + ";" + nearest(text));
            return List.of();
        }
        return List.of(parsed.get());
    }

    /**
     * How the scenario draws {@code p} in every run when the draw ignores the scenario's value (a
     * uniform, triangular or beta distribution; a normal is centred on the value, so varying it counts).
     */
    private Optional<String> drawnEachRun(FieldPath p) {
        Uncertainty u = scenario.uncertainty();
        Distribution d = drawn(p);
        if (d == null && p.section().equals("stance")) {
            d = p.key().equals("position") ? u.positions() : u.saliences();
        }
        if (d == null || d instanceof Distribution.Normal) {
            return Optional.empty();
        }
        return Optional.of("a " + d.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " distribution");
    }

    /** " nearest valid paths: 'a', 'b', 'c'" by edit distance. */
    private String nearest(String text) {
        List<String> best = validPaths.stream()
                .sorted(Comparator.comparingDouble((String v) -> Suggestions.distance(text, v)))
                .limit(3).map(Quote::name).toList();
        return " nearest valid paths: " + String.join(", ", best);
    }

    private static Parameter.Kind kindOf(FieldPath p) {
        return switch (p.spec().type()) {
            case WHOLE -> Parameter.Kind.WHOLE;
            case CHOICE -> Parameter.Kind.CHOICE;
            default -> Parameter.Kind.REAL;
        };
    }

    /** The distribution the scenario's uncertainty section gives {@code p} by name, or null. */
    private Distribution drawn(FieldPath p) {
        Distribution d = null;
        for (UncertainInput in : scenario.uncertainty().inputs()) {
            if (in.path().equals(p.toString())) {
                d = in.distribution();
            }
        }
        return d;
    }

    /**
     * The valid values of a numeric field; a red line's bound stays on its side of the other bound
     * (as the scenario has it, or as far as its uniform, triangular or beta draws reach), so that no
     * point of the sweep puts min above max.
     */
    private Range rangeOf(FieldPath p) {
        Range r = p.spec().range();
        if (p.section().equals("redLine")) {
            boolean min = p.key().equals("min");
            FieldPath other = FieldPath.of("redLine", min ? "max" : "min", p.delegationId(), p.clauseId());
            Distribution d = drawn(other);
            double bound = d == null || d instanceof Distribution.Normal ? other.number(scenario)
                    : min ? Perturbation.lowest(d, Field.RED_LINE_MAX) : Perturbation.highest(d, Field.RED_LINE_MIN);
            return p.key().equals("min") ? Range.closed(r.min(), bound) : Range.closed(bound, r.max());
        }
        return r;
    }

    private Domain domain(FieldReader r, String at, String kind, FieldPath p, Design design) {
        String name = p.toString();
        boolean choice = p.spec().type() == FieldSpec.Type.CHOICE;
        boolean whole = p.spec().type() == FieldSpec.Type.WHOLE;
        if (choice && !kind.equals("levels")) {
            problems.error(r.keyMark(kind), at + "." + kind, name + " is a choice of " + String.join(", ",
                    p.spec().choices()) + "; list the options to try as levels");
            return null;
        }
        if (design == Design.GRID && kind.equals("distribution")) {
            problems.error(r.keyMark(kind), at + "." + kind, "a grid needs the values of each parameter: give levels,"
                    + " a range with steps, or a spread; distributions are for random, lhs and sobol designs");
            return null;
        }
        Range range = choice ? null : rangeOf(p);
        String field = p.key();
        return switch (kind) {
            case "levels" -> levels(r, at, p, choice, whole, range, field);
            case "range" -> interval(r, at, whole, range, field, design);
            case "spread" -> spread(r, at, p, whole, range, field, design);
            default -> distribution(r, at, p, whole, range, field);
        };
    }

    private Domain levels(FieldReader r, String at, FieldPath p, boolean choice, boolean whole, Range range,
                          String field) {
        ListNode list = r.list("levels", "values", false);
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            problems.error(list.mark(), at + ".levels", "the list of levels is empty; give at least one value");
            return null;
        }
        int before = problems.errorCount();
        List<String> options = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            SourceNode item = list.items().get(i);
            String where = at + ".levels[" + i + "]";
            if (choice) {
                String o = Expect.choice(item, where, field, p.spec().choices(), problems);
                if (o != null) {
                    options.add(o);
                }
            } else if (whole) {
                Long v = Expect.integer(item, where, field, range, problems);
                if (v != null) {
                    values.add((double) v);
                }
            } else {
                Double v = Expect.number(item, where, field, range, problems);
                if (v != null) {
                    values.add(v);
                }
            }
        }
        if (problems.errorCount() != before) {
            return null;
        }
        return choice ? new Domain.Choices(options) : new Domain.Levels(values);
    }

    private Domain interval(FieldReader r, String at, boolean whole, Range range, String field, Design design) {
        MapNode m = r.mapping("range", RANGE, false);
        if (m == null) {
            return null;
        }
        String path = at + ".range";
        FieldReader f = new FieldReader(m, path, RANGE, problems);
        Double min = whole ? toDouble(f.integer("min", range, true)) : f.number("min", range, true);
        Double max = whole ? toDouble(f.integer("max", range, true)) : f.number("max", range, true);
        Long steps = f.integer("steps", Range.closed(1, MAX_POINTS), false);
        if (design == Design.GRID && steps == null && !f.has("steps")) {
            problems.error(m.mark(), path + ".steps", "missing field 'steps': a grid takes that many equally spaced"
                    + " values from min to max");
        }
        if (min == null || max == null) {
            return null;
        }
        if (min > max) {
            problems.error(f.valueMark("max"), path + ".max", "max " + Range.format(max) + " is below min "
                    + Range.format(min));
            return null;
        }
        if (whole && steps != null && steps > max - min + 1) {
            problems.error(f.valueMark("steps"), path + ".steps", "steps " + steps + " is more than the "
                    + (long) (max - min + 1) + " whole numbers from " + Range.format(min) + " to " + Range.format(max));
            return null;
        }
        return new Domain.Interval(min, max, steps == null ? 1 : steps.intValue(), whole);
    }

    private Domain spread(FieldReader r, String at, FieldPath p, boolean whole, Range range, String field,
                          Design design) {
        String path = at + ".spread";
        SourceNode n = r.node("spread");
        Double by;
        Long steps = null;
        Mark mark = n.mark();
        if (n instanceof MapNode m) {
            FieldReader f = new FieldReader(m, path, SPREAD, problems);
            by = f.number("by", Range.atLeast(0), true);
            steps = f.integer("steps", Range.closed(1, MAX_POINTS), false);
        } else {
            by = Expect.number(n, path, "spread", Range.atLeast(0), problems);
        }
        if (by == null) {
            return null;
        }
        double base = p.number(scenario);
        double lo = Math.max(base - by, range.min());
        double hi = Math.min(base + by, range.max());
        if (!range.contains(lo)) {
            lo = base;
        }
        if (whole) {
            lo = Math.ceil(lo);
            hi = Math.floor(hi);
        }
        int s = steps == null ? 3 : steps.intValue();
        if (whole && s > hi - lo + 1) {
            s = (int) (hi - lo + 1);
        }
        if (lo > hi) {
            problems.error(mark, path, "the spread leaves no valid value around " + Range.format(base));
            return null;
        }
        return new Domain.Interval(lo, hi, s, whole);
    }

    private Domain distribution(FieldReader r, String at, FieldPath p, boolean whole, Range range, String field) {
        String path = at + ".distribution";
        MapNode m = r.mapping("distribution", DISTRIBUTIONS, false);
        if (m == null) {
            return null;
        }
        FieldReader f = new FieldReader(m, path, DISTRIBUTIONS, problems);
        if (m.entries().size() != 1) {
            problems.error(m.mark(), path, "name exactly one distribution: " + String.join(", ", DISTRIBUTIONS));
            return null;
        }
        String name = m.entries().get(0).key();
        if (!DISTRIBUTIONS.contains(name)) {
            return null;
        }
        if (whole) {
            problems.error(m.mark(), path, field + " is a whole number; give levels or a range instead of a distribution");
            return null;
        }
        String where = path + "." + name;
        List<String> fields = switch (name) {
            case "uniform" -> List.of("min", "max");
            case "normal" -> List.of("mean", "sd");
            case "triangular" -> List.of("min", "mode", "max");
            default -> List.of("alpha", "beta");
        };
        MapNode params = f.mapping(name, fields, true);
        if (params == null) {
            return null;
        }
        FieldReader d = new FieldReader(params, where, fields, problems);
        switch (name) {
            case "uniform" -> {
                Double lo = d.number("min", range, true);
                Double hi = d.number("max", range, true);
                if (lo == null || hi == null) {
                    return null;
                }
                if (lo > hi) {
                    problems.error(d.valueMark("max"), where + ".max", "max " + Range.format(hi) + " is below min "
                            + Range.format(lo));
                    return null;
                }
                return new Domain.Interval(lo, hi, 1, false);
            }
            case "normal" -> {
                Double mean = d.number("mean", range, true);
                Double sd = d.number("sd", Range.above(0), true);
                if (mean == null || sd == null) {
                    return null;
                }
                double lo = range.minOpen() ? Math.nextUp(range.min()) : range.min();
                return new Domain.Normal(mean, sd, lo, Math.min(range.max(), Double.MAX_VALUE), 1);
            }
            case "triangular" -> {
                Double lo = d.number("min", range, true);
                Double mode = d.number("mode", range, true);
                Double hi = d.number("max", range, true);
                if (lo == null || mode == null || hi == null) {
                    return null;
                }
                if (!(lo <= mode && mode <= hi)) {
                    problems.error(params.mark(), where, "expected min <= mode <= max, got " + Range.format(lo) + ", "
                            + Range.format(mode) + ", " + Range.format(hi));
                    return null;
                }
                return new Domain.Triangular(lo, mode, hi, 1);
            }
            default -> {
                Double a = d.number("alpha", Range.above(0), true);
                Double b = d.number("beta", Range.above(0), true);
                if (Double.isInfinite(range.max())) {
                    problems.error(params.mark(), where, field + " has no upper bound, so a beta distribution cannot be"
                            + " scaled to its range; use normal, uniform or triangular");
                    return null;
                }
                if (a == null || b == null) {
                    return null;
                }
                return new Domain.Beta(a, b, range.min(), range.max(), 1);
            }
        }
    }

    private static Double toDouble(Long v) {
        return v == null ? null : v.doubleValue();
    }
}
