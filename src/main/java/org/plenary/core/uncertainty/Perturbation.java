package org.plenary.core.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.core.protocol.Negotiation;
import org.plenary.core.random.KeyedStream;
import org.plenary.core.random.Purpose;

/**
 * Redraws the uncertain inputs of a worker's private copy of a negotiation before each run.
 *
 * <p>Inputs of a delegation are drawn from that delegation's UNCERTAINTY stream of the run, in
 * clause order then field order; clause and protocol inputs from a stream keyed by the pseudo-id
 * {@value #SCENARIO_KEY}. So a run's inputs depend on (seed, run, delegation) alone, whatever the
 * order of delegations in the file or the thread that plays the run.
 *
 * <p>Out-of-range draws: a normal draw outside the field's valid range is rejected and redrawn
 * (truncated normal); after {@value #MAX_REJECTIONS} rejections in a row (a distribution almost
 * entirely outside the range) the value is clamped to the nearest bound. Uniform and triangular
 * bounds are validated to lie inside the range; a beta is scaled to it. Allocates nothing per run.
 *
 * <p>Red lines: the two ends of a red line are drawn min first, and a normal draw of an end is
 * truncated to keep the line in order: a drawn min stays at most the lowest value its max can take
 * (the scenario's max, or the lowest value of the max's uniform, triangular or beta), a drawn max at
 * least the min as it stands in the run. Ends drawn from a uniform, triangular or beta must be in
 * order whatever is drawn ({@link #redLineOrder}); the scenario reader reports it at the field.
 *
 * <p>The values of the last draw stay readable ({@link #drawn}, one per {@link #paths() path}, in
 * draw order), so that a run's row can record the inputs it was played with.
 */
public final class Perturbation {

    /** Stream id of the inputs that belong to no delegation. */
    public static final String SCENARIO_KEY = "$scenario";

    static final int MAX_REJECTIONS = 1000;

    private final Negotiation base;
    private final Negotiation work;
    /** Per delegation: targets in draw order. */
    private final Target[][] byDelegation;
    private final Target[] global;
    /** Field paths of the targets, in draw order (delegations in id order, then the globals). */
    private final List<String> paths = new ArrayList<>();
    /** The values of the last {@link #apply}, in the order of {@link #paths}. */
    private final double[] drawn;
    private final KeyedStream stream = new KeyedStream();
    private final long scenarioKey = KeyedStream.idKey(SCENARIO_KEY);

    /**
     * One drawn input. {@code hi} is the top of a normal draw: the field's max, or for a red line's
     * min the lowest value its max can take (a red line's max is kept at least its min as drawn in the
     * run, in {@link #draw}). {@code path} names the field (as the scenario's {@code fields} name it,
     * or the default path of a stance drawn with the default spread).
     */
    private record Target(Field field, int delegation, int clause, Distribution distribution, double hi, String path) {
    }

    /**
     * A perturbation of {@code base}'s inputs, drawn into {@link #negotiation()}, a private copy.
     */
    public Perturbation(Negotiation base, Uncertainty uncertainty) {
        this.base = base;
        this.work = base.copy();
        int n = base.delegations();
        int k = base.clauses();
        Map<String, Distribution> named = new HashMap<>();
        Map<String, String> namedPaths = new HashMap<>();
        List<Target> globals = new ArrayList<>();
        for (UncertainInput in : uncertainty.inputs()) {
            int i = in.delegationId() == null ? -1 : base.indexOf(in.delegationId());
            int c = in.clauseId() == null ? -1 : clauseIndex(base, in.clauseId());
            if (in.delegationId() != null && i < 0) {
                continue; // an observer: it takes no part in the protocol
            }
            if (i >= 0) {
                named.put(key(in.field(), i, c), in.distribution());
                namedPaths.put(key(in.field(), i, c), in.path());
            } else {
                globals.add(target(in.field(), -1, c, in.distribution(), in.path()));
            }
        }
        byDelegation = new Target[n][];
        for (int i = 0; i < n; i++) {
            List<Target> list = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                String stance = "delegations." + base.id(i) + ".clauses." + base.clauseId(c) + ".";
                boolean hasStance = base.salience(i, c) > 0;
                Distribution p = named.getOrDefault(key(Field.POSITION, i, c), hasStance ? uncertainty.positions() : null);
                if (p != null) {
                    list.add(target(Field.POSITION, i, c, p,
                            namedPaths.getOrDefault(key(Field.POSITION, i, c), stance + "position")));
                }
                Distribution s = named.getOrDefault(key(Field.SALIENCE, i, c), hasStance ? uncertainty.saliences() : null);
                if (s != null) {
                    list.add(target(Field.SALIENCE, i, c, s,
                            namedPaths.getOrDefault(key(Field.SALIENCE, i, c), stance + "salience")));
                }
                Distribution lo = named.get(key(Field.RED_LINE_MIN, i, c));
                Distribution hi = named.get(key(Field.RED_LINE_MAX, i, c));
                if ((lo != null || hi != null) && !base.hasRedLine(i, c)) {
                    throw new IllegalArgumentException(base.id(i) + " has no red line on clause " + base.clauseId(c));
                }
                String order = redLineOrder(base.redLineMin(i, c), base.redLineMax(i, c), lo, hi);
                if (order != null) {
                    throw new IllegalArgumentException(base.id(i) + " on clause " + base.clauseId(c) + ": " + order);
                }
                if (lo != null) {
                    double top = hi == null ? base.redLineMax(i, c) : hi instanceof Distribution.Normal ? 100 : lowest(hi, Field.RED_LINE_MAX);
                    list.add(new Target(Field.RED_LINE_MIN, i, c, lo, top,
                            namedPaths.get(key(Field.RED_LINE_MIN, i, c))));
                }
                if (hi != null) {
                    list.add(target(Field.RED_LINE_MAX, i, c, hi, namedPaths.get(key(Field.RED_LINE_MAX, i, c))));
                }
            }
            for (Field f : new Field[] {Field.INFLUENCE, Field.COHESION, Field.CONCESSION}) {
                Distribution d = named.get(key(f, i, -1));
                if (d != null) {
                    list.add(target(f, i, -1, d, namedPaths.get(key(f, i, -1))));
                }
            }
            byDelegation[i] = list.toArray(new Target[0]);
            list.forEach(t -> paths.add(t.path()));
        }
        globals.sort(java.util.Comparator.comparing((Target t) -> t.field()).thenComparingInt(Target::clause));
        global = globals.toArray(new Target[0]);
        globals.forEach(t -> paths.add(t.path()));
        drawn = new double[paths.size()];
    }

    private static Target target(Field f, int i, int c, Distribution d, String path) {
        return new Target(f, i, c, d, f.max(), path);
    }

    /**
     * Why drawing the ends of a red line [min, max] with these distributions ({@code null}: that end
     * keeps its value) could put min above max, or {@code null} when it cannot. A normal end never
     * does: its draws are truncated to keep the line in order.
     */
    public static String redLineOrder(double min, double max, Distribution drawnMin, Distribution drawnMax) {
        boolean minAdapts = drawnMin instanceof Distribution.Normal;
        boolean maxAdapts = drawnMax instanceof Distribution.Normal;
        if (minAdapts || maxAdapts) {
            return null;
        }
        double top = drawnMin == null ? min : highest(drawnMin, Field.RED_LINE_MIN);
        double bottom = drawnMax == null ? max : lowest(drawnMax, Field.RED_LINE_MAX);
        if (top <= bottom) {
            return null;
        }
        String ends = drawnMin == null ? "a drawn max could be " + fmt(bottom) + ", below the red line's min " + fmt(top)
                : drawnMax == null ? "a drawn min could be " + fmt(top) + ", above the red line's max " + fmt(bottom)
                : "a drawn min could be " + fmt(top) + ", above the drawn max's lowest value " + fmt(bottom);
        return ends + "; a red line needs min <= max (a normal distribution is kept in order)";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The lowest value a uniform, triangular or beta draw of {@code f} can take. */
    public static double lowest(Distribution d, Field f) {
        return d instanceof Distribution.Uniform u ? u.lo() : d instanceof Distribution.Triangular t ? t.lo() : f.min();
    }

    /** The highest value a uniform, triangular or beta draw of {@code f} can take. */
    public static double highest(Distribution d, Field f) {
        return d instanceof Distribution.Uniform u ? u.hi() : d instanceof Distribution.Triangular t ? t.hi() : f.max();
    }

    private static String key(Field f, int i, int c) {
        return f + ":" + i + ":" + c;
    }

    private static int clauseIndex(Negotiation g, String id) {
        for (int c = 0; c < g.clauses(); c++) {
            if (g.clauseId(c).equals(id)) {
                return c;
            }
        }
        return -1;
    }

    /** The private copy the draws go into. */
    public Negotiation negotiation() {
        return work;
    }

    /**
     * The field paths of the inputs drawn, in draw order: per negotiating delegation (ids sorted)
     * the fields of its stances in clause order (position, salience, red line's min and max), then
     * its own fields; then clause and protocol fields. A path named in the scenario's {@code fields} is written as there (canonical form);
     * a stance drawn with the default spread gets {@code delegations.<id>.clauses.<clause>.<field>}.
     */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** The value drawn for input {@code j} (of {@link #paths()}) by the last {@link #apply}. */
    public double drawn(int j) {
        return drawn[j];
    }

    /** Redraws the inputs for run {@code run} of {@code seed}. */
    public void apply(long seed, long run) {
        work.resetFrom(base);
        int j = 0;
        for (int i = 0; i < byDelegation.length; i++) {
            Target[] targets = byDelegation[i];
            if (targets.length == 0) {
                continue;
            }
            stream.rekey(seed, run, base.idKey(i), Purpose.UNCERTAINTY);
            for (Target t : targets) {
                double v = draw(t, current(t));
                set(t, v);
                drawn[j++] = v;
            }
        }
        if (global.length > 0) {
            stream.rekey(seed, run, scenarioKey, Purpose.UNCERTAINTY);
            for (Target t : global) {
                double v = draw(t, current(t));
                set(t, v);
                drawn[j++] = v;
            }
        }
        work.refresh();
    }

    private double current(Target t) {
        return switch (t.field()) {
            case POSITION -> base.position(t.delegation(), t.clause());
            case SALIENCE -> base.salience(t.delegation(), t.clause());
            case INFLUENCE -> base.influence(t.delegation());
            case COHESION -> base.cohesion(t.delegation());
            case CONCESSION -> base.concession(t.delegation());
            case STATUS_QUO -> base.statusQuo(t.clause());
            case MEDIATOR_STEP -> base.mediatorStep();
            case TEMPERATURE -> base.temperature();
            case THRESHOLD -> base.threshold();
            case RED_LINE_MIN -> base.redLineMin(t.delegation(), t.clause());
            case RED_LINE_MAX -> base.redLineMax(t.delegation(), t.clause());
        };
    }

    private void set(Target t, double v) {
        switch (t.field()) {
            case POSITION -> work.setPosition(t.delegation(), t.clause(), v);
            case SALIENCE -> work.setSalience(t.delegation(), t.clause(), v);
            case INFLUENCE -> work.setInfluence(t.delegation(), v);
            case COHESION -> work.setCohesion(t.delegation(), v);
            case CONCESSION -> work.setConcession(t.delegation(), v);
            case STATUS_QUO -> work.setStatusQuo(t.clause(), v);
            case MEDIATOR_STEP -> work.setMediatorStep(v);
            case TEMPERATURE -> work.setTemperature(v);
            case THRESHOLD -> work.setThreshold(v);
            case RED_LINE_MIN -> work.setRedLineMin(t.delegation(), t.clause(), v);
            case RED_LINE_MAX -> work.setRedLineMax(t.delegation(), t.clause(), v);
        }
    }

    private double draw(Target t, double value) {
        Field f = t.field();
        Distribution d = t.distribution();
        if (d instanceof Distribution.Normal normal) {
            // A red line's max stays at least its min as it stands in this run.
            double lo = f == Field.RED_LINE_MAX ? work.redLineMin(t.delegation(), t.clause()) : f.min();
            for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
                double v = value + normal.offset() + normal.sd() * stream.nextGaussian();
                if (f.admits(v) && v >= lo && v <= t.hi()) {
                    return v;
                }
            }
            double v = value + normal.offset();
            return f.admits(v) && v >= lo && v <= t.hi() ? v : clamp(f, v, lo, t.hi());
        }
        if (d instanceof Distribution.Uniform u) {
            return u.lo() + (u.hi() - u.lo()) * stream.nextDouble();
        }
        if (d instanceof Distribution.Triangular tri) {
            return triangular(tri, stream.nextDouble());
        }
        Distribution.Beta b = (Distribution.Beta) d;
        return f.min() + (f.max() - f.min()) * GammaSampler.beta(b.alpha(), b.beta(), stream);
    }

    /** Inverse CDF of the triangular distribution at probability u. */
    static double triangular(Distribution.Triangular t, double u) {
        double width = t.hi() - t.lo();
        if (width <= 0) {
            return t.lo();
        }
        double cut = (t.mode() - t.lo()) / width;
        return u < cut ? t.lo() + Math.sqrt(u * width * (t.mode() - t.lo()))
                : t.hi() - Math.sqrt((1 - u) * width * (t.hi() - t.mode()));
    }

    private static double clamp(Field f, double v, double lo, double hi) {
        if (v > hi) {
            return hi;
        }
        // Below an exclusive bound the nearest valid value is just above it.
        return f.minExclusive() && lo == f.min() ? Math.nextUp(lo) : lo;
    }
}
