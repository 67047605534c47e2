package org.plenary.core.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.core.model.ChairPreferences;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.Forum;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Stance;
import org.plenary.core.random.KeyedStream;

/**
 * A scenario compiled for the protocol: flat arrays over the negotiating delegations and the
 * clauses, with the quantities of DESIGN §2 that do not change during a run (normalised saliences,
 * weights w·s, BATNAs).
 *
 * <p>Negotiating delegations (states and blocs; observers have no say) are indexed in the order of
 * their ids, so every sum runs in the same order whatever the order of the scenario file: results
 * are bit-identical for any ordering. Clauses keep the order of the text.
 *
 * <p>Safe to share between threads as long as nobody changes it. The mutators ({@link #setPosition}
 * and friends, then {@link #refresh()}) exist for Monte Carlo workers, each of which redraws the
 * uncertain inputs of its own {@link #copy()} before every run.
 */
public final class Negotiation {

    private final Scenario scenario;
    private final Protocol protocol;
    /** λ, τ and the vote threshold: the protocol scalars a run may redraw, kept apart so that redrawing allocates nothing. */
    private double mediatorStep;
    private double temperature;
    private double threshold;
    private final int n;
    private final int k;
    private final String[] ids;
    private final long[] idKeys;
    private final double[] influence;
    private final double[] concession;
    private final int[] votes;
    private final double[] cohesion;
    private final boolean[] bloc;
    /** Index of the bloc whose members include delegation i, or -1. */
    private final int[] blocOf;
    /** Ideal points, row-major [i * k + c]. */
    private final double[] position;
    /** Raw saliences s_ik. */
    private final double[] salience;
    /** Saliences normalised per delegation to sum 1 (ŝ). */
    private final double[] normSalience;
    /** w_i · s_ik. */
    private final double[] weight;
    /** Σ_i w_i s_ik per clause. */
    private final double[] weightSum;
    /** Red-line bounds, row-major [i * k + c]; a run may redraw them (then {@link #refresh()} recomputes the edges). */
    private final double[] redMin;
    private final double[] redMax;
    private final boolean[] hasRedLine;
    /** Whether delegation i has any red line; lets the round loop skip the check for most delegations. */
    private final boolean[] anyRedLine;
    private final double[] statusQuo;
    private final double[] batna;
    /** (t/(T−1))^(1/β_i) per delegation and round, row-major [i * T + t]; depends on β and T only. */
    private final double[] progress;
    /** Resistance points R_i = B_i + ρ(1 − B_i): where the aspiration stops falling. */
    private final double[] resistance;
    /** Whether delegation i calls a vote rather than join with reservations. */
    private final boolean[] callsVotes;
    /** The intersection [edgeMin, edgeMax] of every red line on clause c (meaningful when redLined[c]). */
    private final double[] edgeMin;
    private final double[] edgeMax;
    /** Whether some negotiating delegation has a red line on clause c. */
    private final boolean[] redLined;
    /** Whether the red lines on clause c have no position in common. */
    private final boolean[] disjoint;
    /** The chair's pull ω and its positions (NaN where it has none); ω = 0 for a neutral chair. */
    private final double chairWeight;
    private final double[] chairPosition;

    /** Compiles {@code scenario} with its own protocol settings. */
    public Negotiation(Scenario scenario) {
        this(scenario, scenario.protocol());
    }

    /** Compiles {@code scenario} with the given protocol settings. */
    public Negotiation(Scenario scenario, Protocol protocol) {
        this.scenario = scenario;
        this.protocol = protocol;
        this.mediatorStep = protocol.mediatorStep();
        this.temperature = protocol.temperature();
        this.threshold = protocol.threshold();
        List<Delegation> active = new ArrayList<>();
        for (Delegation d : scenario.delegations()) {
            if (d.kind().negotiates()) {
                active.add(d);
            }
        }
        active.sort(Comparator.comparing(Delegation::id));
        List<Clause> clauses = scenario.clauses();
        n = active.size();
        k = clauses.size();
        ids = new String[n];
        idKeys = new long[n];
        influence = new double[n];
        concession = new double[n];
        votes = new int[n];
        cohesion = new double[n];
        bloc = new boolean[n];
        blocOf = new int[n];
        position = new double[n * k];
        salience = new double[n * k];
        normSalience = new double[n * k];
        weight = new double[n * k];
        weightSum = new double[k];
        redMin = new double[n * k];
        redMax = new double[n * k];
        hasRedLine = new boolean[n * k];
        anyRedLine = new boolean[n];
        statusQuo = new double[k];
        batna = new double[n];
        resistance = new double[n];
        callsVotes = new boolean[n];
        edgeMin = new double[k];
        edgeMax = new double[k];
        redLined = new boolean[k];
        disjoint = new boolean[k];
        chairPosition = new double[k];
        zero = new boolean[k];
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(active.get(i).id(), i);
        }
        for (int c = 0; c < k; c++) {
            statusQuo[c] = clauses.get(c).statusQuo();
        }
        java.util.Arrays.fill(blocOf, -1);
        for (int i = 0; i < n; i++) {
            Delegation d = active.get(i);
            ids[i] = d.id();
            idKeys[i] = KeyedStream.idKey(d.id());
            influence[i] = d.influence();
            concession[i] = d.concession();
            votes[i] = d.votes();
            cohesion[i] = d.cohesion();
            bloc[i] = d.kind() == org.plenary.core.model.DelegationKind.BLOC;
            callsVotes[i] = d.callsVotes();
            for (String member : d.members()) {
                Integer m = indexOf.get(member);
                if (m != null) {
                    blocOf[m] = i;
                }
            }
            for (int c = 0; c < k; c++) {
                Stance s = d.stance(clauses.get(c).id());
                int at = i * k + c;
                if (s == null) {
                    position[at] = statusQuo[c];
                    redMin[at] = 0;
                    redMax[at] = 100;
                    continue;
                }
                position[at] = s.position();
                salience[at] = s.salience();
                RedLine r = s.redLine();
                hasRedLine[at] = r != null;
                anyRedLine[i] |= r != null;
                redMin[at] = r == null ? 0 : r.min();
                redMax[at] = r == null ? 100 : r.max();
            }
        }
        for (int at = 0; at < n * k; at++) {
            redLined[at % k] |= hasRedLine[at];
        }
        ChairPreferences chair = scenario.chair();
        java.util.Arrays.fill(chairPosition, Double.NaN);
        if (chair != null) {
            for (int c = 0; c < k; c++) {
                Double y = chair.positions().get(clauses.get(c).id());
                if (y != null) {
                    chairPosition[c] = y;
                }
            }
        }
        chairWeight = chair == null ? 0 : chair.weight();
        refresh();
        progress = new double[n * protocol.maxRounds()];
        for (int i = 0; i < n; i++) {
            refreshProgress(i);
        }
    }

    private Negotiation(Negotiation o) {
        scenario = o.scenario;
        protocol = o.protocol;
        mediatorStep = o.mediatorStep;
        temperature = o.temperature;
        threshold = o.threshold;
        n = o.n;
        k = o.k;
        ids = o.ids;
        idKeys = o.idKeys;
        influence = o.influence.clone();
        concession = o.concession.clone();
        votes = o.votes.clone();
        cohesion = o.cohesion.clone();
        bloc = o.bloc;
        blocOf = o.blocOf;
        position = o.position.clone();
        salience = o.salience.clone();
        normSalience = o.normSalience.clone();
        weight = o.weight.clone();
        weightSum = o.weightSum.clone();
        redMin = o.redMin.clone();
        redMax = o.redMax.clone();
        hasRedLine = o.hasRedLine;
        anyRedLine = o.anyRedLine;
        statusQuo = o.statusQuo.clone();
        batna = o.batna.clone();
        progress = o.progress.clone();
        resistance = o.resistance.clone();
        callsVotes = o.callsVotes;
        edgeMin = o.edgeMin.clone();
        edgeMax = o.edgeMax.clone();
        redLined = o.redLined;
        disjoint = o.disjoint.clone();
        chairWeight = o.chairWeight;
        chairPosition = o.chairPosition;
        zero = new boolean[k];
    }


    private void refreshProgress(int i) {
        int rounds = protocol.maxRounds();
        for (int t = 0; t < rounds; t++) {
            progress[i * rounds + t] = rounds <= 1 ? 1.0 : Math.pow((double) t / (rounds - 1), 1.0 / concession[i]);
        }
    }

    private final boolean[] zero;

    /** A private copy whose inputs can be changed without affecting this one. */
    public Negotiation copy() {
        return new Negotiation(this);
    }

    /**
     * Recomputes the derived quantities (normalised saliences, weights, BATNAs, the red lines' common
     * edges) after inputs changed. Allocates nothing.
     */
    public void refresh() {
        for (int c = 0; c < k; c++) {
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                int at = i * k + c;
                if (hasRedLine[at]) {
                    lo = Math.max(lo, redMin[at]);
                    hi = Math.min(hi, redMax[at]);
                }
            }
            edgeMin[c] = lo;
            edgeMax[c] = hi;
            disjoint[c] = redLined[c] && lo > hi;
        }
        java.util.Arrays.fill(weightSum, 0);
        for (int i = 0; i < n; i++) {
            int row = i * k;
            double total = 0;
            for (int c = 0; c < k; c++) {
                total += salience[row + c];
            }
            for (int c = 0; c < k; c++) {
                int at = row + c;
                normSalience[at] = total > 0 ? salience[at] / total : 0;
                weight[at] = influence[i] * salience[at];
                weightSum[c] += weight[at];
            }
        }
        double rho = protocol.resistance();
        for (int i = 0; i < n; i++) {
            batna[i] = utility(i, statusQuo, zero);
            // With ρ = 0 this is B + 0 = B exactly: the first protocol's aspirations, bit for bit.
            resistance[i] = batna[i] + rho * (1.0 - batna[i]);
        }
    }

    /**
     * Resets every changeable input (red lines included) to the values of {@code base} (a negotiation
     * of the same scenario); allocates nothing. The concession progress follows the concessions; the
     * rest (weights, BATNAs, red-line edges) waits for {@link #refresh()}, called once new values are set.
     */
    public void resetFrom(Negotiation base) {
        System.arraycopy(base.influence, 0, influence, 0, n);
        if (!java.util.Arrays.equals(concession, base.concession)) {
            System.arraycopy(base.progress, 0, progress, 0, progress.length);
        }
        System.arraycopy(base.concession, 0, concession, 0, n);
        System.arraycopy(base.cohesion, 0, cohesion, 0, n);
        System.arraycopy(base.position, 0, position, 0, position.length);
        System.arraycopy(base.salience, 0, salience, 0, salience.length);
        System.arraycopy(base.statusQuo, 0, statusQuo, 0, k);
        System.arraycopy(base.redMin, 0, redMin, 0, redMin.length);
        System.arraycopy(base.redMax, 0, redMax, 0, redMax.length);
        mediatorStep = base.mediatorStep;
        temperature = base.temperature;
        threshold = base.threshold;
    }

    /** Concession exponent β_i. */
    public double concession(int i) {
        return concession[i];
    }

    /** Sets x_ic (call {@link #refresh()} when done changing inputs). */
    public void setPosition(int i, int c, double value) {
        position[i * k + c] = value;
    }

    /** Sets s_ic (call {@link #refresh()} when done changing inputs). */
    public void setSalience(int i, int c, double value) {
        salience[i * k + c] = value;
    }

    /** Sets w_i (call {@link #refresh()} when done changing inputs). */
    public void setInfluence(int i, double value) {
        influence[i] = value;
    }

    /** Sets β_i. */
    public void setConcession(int i, double value) {
        concession[i] = value;
        refreshProgress(i);
    }

    /** Sets the cohesion of delegation i. */
    public void setCohesion(int i, double value) {
        cohesion[i] = value;
    }

    /** Whether delegation i has a red line on clause c. */
    public boolean hasRedLine(int i, int c) {
        return hasRedLine[i * k + c];
    }

    /** Lower end of delegation i's red line on clause c (0 when it has none). */
    public double redLineMin(int i, int c) {
        return redMin[i * k + c];
    }

    /** Upper end of delegation i's red line on clause c (100 when it has none). */
    public double redLineMax(int i, int c) {
        return redMax[i * k + c];
    }

    /**
     * Sets the lower end of delegation i's red line on clause c, which must exist (call
     * {@link #refresh()} when done changing inputs; keeping min &lt;= max is the caller's part).
     */
    public void setRedLineMin(int i, int c, double value) {
        redMin[i * k + c] = value;
    }

    /** Sets the upper end of delegation i's red line on clause c, as {@link #setRedLineMin}. */
    public void setRedLineMax(int i, int c, double value) {
        redMax[i * k + c] = value;
    }

    /** Sets the status quo of clause c (call {@link #refresh()} when done changing inputs). */
    public void setStatusQuo(int c, double value) {
        statusQuo[c] = value;
    }


    /**
     * U_i(p) = 1 − Σ_k ŝ_ik (|p_k − x_ik| / 100)^γ; a dropped clause is valued at its status quo.
     */
    public double utility(int i, double[] text, boolean[] dropped) {
        double loss = 0;
        int row = i * k;
        if (protocol.loss().gamma() == 1) {
            for (int c = 0; c < k; c++) {
                double p = dropped[c] ? statusQuo[c] : text[c];
                loss += normSalience[row + c] * (Math.abs(p - position[row + c]) * 0.01);
            }
        } else {
            for (int c = 0; c < k; c++) {
                double p = dropped[c] ? statusQuo[c] : text[c];
                double d = (p - position[row + c]) * 0.01;
                loss += normSalience[row + c] * (d * d);
            }
        }
        return 1.0 - loss;
    }

    /**
     * Faratin time-dependent aspiration a_i(t) = R + (1 − R)(1 − (t/(T−1))^(1/β)), R the resistance
     * point (the BATNA unless {@code protocol.resistance} &gt; 0); the last round's aspiration is R,
     * and with T = 1 it is R throughout.
     */
    public double aspiration(int i, int round) {
        double b = resistance[i];
        return b + (1.0 - b) * (1.0 - progress[i * protocol.maxRounds() + round]);
    }

    /** Resistance point R_i = B_i + ρ(1 − B_i), the floor of the aspiration. */
    public double resistancePoint(int i) {
        return resistance[i];
    }

    /** The forum, or {@code null} for the first protocol. */
    public Forum forum() {
        return protocol.forum();
    }

    /** The abstention band h. */
    public double abstentionBand() {
        return protocol.abstentionBand();
    }

    /** Whether delegation i calls a vote rather than join with reservations when it would be outvoted. */
    public boolean callsVotes(int i) {
        return callsVotes[i];
    }

    /** Whether some negotiating delegation has a red line on clause c. */
    public boolean redLined(int c) {
        return redLined[c];
    }

    /** Whether the red lines on clause c have no position in common (then no position satisfies them all). */
    public boolean redLinesDisjoint(int c) {
        return disjoint[c];
    }

    /** Lower end of the intersection of the red lines on clause c (−∞ when none). */
    public double edgeMin(int c) {
        return edgeMin[c];
    }

    /** Upper end of the intersection of the red lines on clause c (+∞ when none). */
    public double edgeMax(int c) {
        return edgeMax[c];
    }

    /** The chair's pull ω (0 for a neutral chair). */
    public double chairWeight() {
        return chairWeight;
    }

    /** The chair's position on clause c, or NaN when it has none. */
    public double chairPosition(int c) {
        return chairPosition[c];
    }

    /** Whether a clause of the text, not dropped, lies outside delegation i's red line. */
    public boolean crossesRedLine(int i, int clause, double[] text, boolean[] dropped) {
        int at = i * k + clause;
        return hasRedLine[at] && !dropped[clause] && (text[clause] < redMin[at] || text[clause] > redMax[at]);
    }


    /** Whether delegation i has a red line on some clause. */
    public boolean hasRedLine(int i) {
        return anyRedLine[i];
    }

    /** Whether any red line of delegation i is crossed by the text. */
    public boolean crossesAnyRedLine(int i, double[] text, boolean[] dropped) {
        if (!anyRedLine[i]) {
            return false;
        }
        for (int c = 0; c < k; c++) {
            if (crossesRedLine(i, c, text, dropped)) {
                return true;
            }
        }
        return false;
    }

    /** The scenario this was compiled from. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The protocol settings of the scenario. The three scalars a run may redraw (λ, τ, threshold)
     * are read through {@link #mediatorStep()}, {@link #temperature()} and {@link #threshold()}.
     */
    public Protocol protocol() {
        return protocol;
    }

    /** The chair's step λ in force. */
    public double mediatorStep() {
        return mediatorStep;
    }

    /** The acceptance temperature τ in force. */
    public double temperature() {
        return temperature;
    }

    /** The vote threshold in force. */
    public double threshold() {
        return threshold;
    }

    /** Sets λ for the next runs. */
    public void setMediatorStep(double value) {
        mediatorStep = value;
    }

    /** Sets τ for the next runs. */
    public void setTemperature(double value) {
        temperature = value;
    }

    /** Sets the vote threshold for the next runs. */
    public void setThreshold(double value) {
        threshold = value;
    }

    /** Number of negotiating delegations. */
    public int delegations() {
        return n;
    }

    /** Number of clauses. */
    public int clauses() {
        return k;
    }

    /** Id of negotiating delegation i (ids sorted ascending). */
    public String id(int i) {
        return ids[i];
    }

    /** Index of the negotiating delegation with this id, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < n; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Stream key of delegation i's id. */
    public long idKey(int i) {
        return idKeys[i];
    }

    /** Id of clause c. */
    public String clauseId(int c) {
        return scenario.clauses().get(c).id();
    }

    /** BATNA_i = U_i(status-quo text). */
    public double batna(int i) {
        return batna[i];
    }

    /** Influence w_i. */
    public double influence(int i) {
        return influence[i];
    }

    /** Ideal point x_ic. */
    public double position(int i, int c) {
        return position[i * k + c];
    }

    /** Raw salience s_ic. */
    public double salience(int i, int c) {
        return salience[i * k + c];
    }

    /** Normalised salience ŝ_ic. */
    public double normalisedSalience(int i, int c) {
        return normSalience[i * k + c];
    }

    /** w_i · s_ic. */
    public double weight(int i, int c) {
        return weight[i * k + c];
    }

    /** Σ_i w_i s_ic. */
    public double weightSum(int c) {
        return weightSum[c];
    }

    /** Status quo of clause c. */
    public double statusQuo(int c) {
        return statusQuo[c];
    }

    /** Votes delegation i casts itself (for a bloc: its members that are not delegations). */
    public int votes(int i) {
        return votes[i];
    }

    /** Cohesion of delegation i (meaningful for blocs). */
    public double cohesion(int i) {
        return cohesion[i];
    }

    /** Whether delegation i is a bloc (its own votes are its members' and follow its cohesion). */
    public boolean isBloc(int i) {
        return bloc[i];
    }

    /** Index of the bloc delegation i belongs to, or -1. */
    public int blocOf(int i) {
        return blocOf[i];
    }
}
