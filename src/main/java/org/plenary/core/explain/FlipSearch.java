package org.plenary.core.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.core.model.Delegation;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Stance;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;

/**
 * Finds, for each input of a delegation taken alone, the smallest change that changes the outcome of
 * one run (same seed and run index, every other input as in the scenario).
 *
 * <p>Search (docs/design.md, "Explaining a run"): from the current value toward each end of the
 * input's range, the outcome is evaluated at {@value #GRID} evenly spaced steps; at the first step
 * whose outcome differs from the run's, the bracket between it and the previous step is bisected until
 * it is narrower than the lever's tolerance. The nearer of the two directions is kept. When the outcome
 * is not monotone in the input, this finds the boundary nearest to the current value at the grid's
 * resolution; a change that flips the outcome and flips it back within one grid step can be missed.
 *
 * <p>Positions, saliences and concession exponents are changed in a reused copy of the compiled
 * negotiation and played with one reused run state (no allocation per trial); red lines, which the
 * compiled form does not change, are tried on a recompiled scenario.
 */
public final class FlipSearch {

    /** Steps toward each end of a range before bisecting. */
    static final int GRID = 32;
    /** Range searched for the concession exponent β (widened to include the current value). */
    static final double MIN_CONCESSION = 0.05;
    static final double MAX_CONCESSION = 20;

    private final Scenario scenario;
    private final long seed;
    private final long run;
    private final Negotiation base;
    private final Negotiation work;
    private final NegotiationRun play;
    private final Outcome outcome;
    private long trials;

    /** A search around run {@code run} of {@code seed} of {@code scenario}. */
    public FlipSearch(Scenario scenario, long seed, long run) {
        this.scenario = scenario;
        this.seed = seed;
        this.run = run;
        this.base = new Negotiation(scenario);
        this.work = base.copy();
        this.play = new NegotiationRun(work);
        this.outcome = play.play(seed, run, null);
    }

    /** The outcome of the run itself. */
    public Outcome outcome() {
        return outcome;
    }

    /** Runs played by the search so far. */
    public long trials() {
        return trials;
    }

    /**
     * The smallest flip of every input of every negotiating delegation (or of {@code only}, when not
     * null) that has one, ordered by delegation id, lever and clause.
     */
    public List<Flip> search(String only) {
        List<Flip> flips = new ArrayList<>();
        for (int i = 0; i < base.delegations(); i++) {
            if (only != null && !only.equals(base.id(i))) {
                continue;
            }
            flips.addAll(searchDelegation(i));
        }
        return flips;
    }

    private List<Flip> searchDelegation(int i) {
        List<Flip> flips = new ArrayList<>();
        String id = base.id(i);
        Delegation d = delegation(id);
        for (int c = 0; c < base.clauses(); c++) {
            Stance stance = d.stance(base.clauseId(c));
            if (stance == null) {
                continue;
            }
            final int clause = c;
            if (base.salience(i, c) > 0) {
                add(flips, id, Lever.POSITION, c, base.position(i, c), 0, 100,
                        v -> work.setPosition(i, clause, v));
            }
            add(flips, id, Lever.SALIENCE, c, base.salience(i, c), 0, 1, v -> work.setSalience(i, clause, v));
            RedLine red = stance.redLine();
            if (red != null) {
                addRedLine(flips, d, c, red, true);
                addRedLine(flips, d, c, red, false);
            }
        }
        double beta = base.concession(i);
        add(flips, id, Lever.CONCESSION, -1, beta, Math.min(MIN_CONCESSION, beta), Math.max(MAX_CONCESSION, beta),
                v -> work.setConcession(i, v));
        return flips;
    }

    private interface Setter {
        void set(double value);
    }

    private interface Trial {
        Outcome at(double value);
    }

    private void add(List<Flip> flips, String id, Lever lever, int c, double from, double lo, double hi, Setter setter) {
        Trial trial = v -> {
            work.resetFrom(base);
            setter.set(v);
            work.refresh();
            trials++;
            return play.play(seed, run, null);
        };
        Flip f = nearest(id, lever, c < 0 ? null : base.clauseId(c), from, lo, hi, trial);
        work.resetFrom(base);
        work.refresh();
        if (f != null) {
            flips.add(f);
        }
    }

    private void addRedLine(List<Flip> flips, Delegation d, int c, RedLine red, boolean lower) {
        String clauseId = base.clauseId(c);
        Trial trial = v -> {
            RedLine changed = lower ? new RedLine(v, red.max()) : new RedLine(red.min(), v);
            Scenario s = withRedLine(d, clauseId, changed);
            trials++;
            return new NegotiationRun(new Negotiation(s)).play(seed, run, null);
        };
        Flip f = lower
                ? nearest(d.id(), Lever.RED_LINE_MIN, clauseId, red.min(), 0, red.max(), trial)
                : nearest(d.id(), Lever.RED_LINE_MAX, clauseId, red.max(), red.min(), 100, trial);
        if (f != null) {
            flips.add(f);
        }
    }

    private Flip nearest(String id, Lever lever, String clauseId, double from, double lo, double hi, Trial trial) {
        Flip down = from > lo ? walk(id, lever, clauseId, from, lo, trial) : null;
        Flip up = from < hi ? walk(id, lever, clauseId, from, hi, trial) : null;
        if (down == null) {
            return up;
        }
        if (up == null) {
            return down;
        }
        return up.size() < down.size() ? up : down;
    }

    private Flip walk(String id, Lever lever, String clauseId, double from, double bound, Trial trial) {
        double previous = from;
        for (int j = 1; j <= GRID; j++) {
            double v = j == GRID ? bound : from + (bound - from) * j / GRID;
            Outcome o = trial.at(v);
            if (o != outcome) {
                double same = previous;
                double flipped = v;
                Outcome there = o;
                while (Math.abs(flipped - same) > lever.tolerance()) {
                    double mid = 0.5 * (same + flipped);
                    Outcome m = trial.at(mid);
                    if (m != outcome) {
                        flipped = mid;
                        there = m;
                    } else {
                        same = mid;
                    }
                }
                return new Flip(id, lever, clauseId, from, flipped, there);
            }
            previous = v;
        }
        return null;
    }

    private Delegation delegation(String id) {
        for (Delegation d : scenario.delegations()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw new IllegalStateException("no delegation " + id);
    }

    private Scenario withRedLine(Delegation d, String clauseId, RedLine red) {
        Map<String, Stance> stances = new HashMap<>(d.stances());
        Stance s = stances.get(clauseId);
        stances.put(clauseId, new Stance(s.position(), s.salience(), red, s.rationale(), s.source()));
        Delegation changed = new Delegation(d.id(), d.name(), d.kind(), d.influence(), d.votes(), d.members(),
                d.cohesion(), d.concession(), stances);
        List<Delegation> all = new ArrayList<>();
        for (Delegation x : scenario.delegations()) {
            all.add(x.id().equals(d.id()) ? changed : x);
        }
        return scenario.withDelegations(all);
    }
}
