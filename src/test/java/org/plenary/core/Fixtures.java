package org.plenary.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.core.model.ChairPreferences;
import org.plenary.core.model.Clause;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Forum;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Metadata;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Stance;

/** Small scenarios built in code for protocol tests. */
public final class Fixtures {

    private final List<Clause> clauses = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private Protocol protocol = new Protocol(3, Loss.LINEAR, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3);
    private ChairPreferences chair;

    public static Fixtures scenario() {
        return new Fixtures();
    }

    public Fixtures clause(String id, double statusQuo) {
        clauses.add(new Clause(id, id, "", List.of(), statusQuo));
        return this;
    }

    public Fixtures protocol(Protocol p) {
        this.protocol = p;
        return this;
    }

    public Fixtures forum(Forum f) {
        protocol = protocol.withForum(f);
        return this;
    }

    public Fixtures threshold(double q) {
        protocol = new Protocol(protocol.maxRounds(), protocol.loss(), protocol.temperature(), protocol.mediatorStep(),
                protocol.dropContestedAfter(), protocol.decisionRule(), q, protocol.forum(), protocol.abstentionBand(),
                protocol.resistance());
        return this;
    }

    public Fixtures dropAfter(int rounds) {
        protocol = new Protocol(protocol.maxRounds(), protocol.loss(), protocol.temperature(), protocol.mediatorStep(),
                rounds, protocol.decisionRule(), protocol.threshold(), protocol.forum(), protocol.abstentionBand(),
                protocol.resistance());
        return this;
    }

    public Fixtures abstentionBand(double h) {
        protocol = protocol.withAbstentionBand(h);
        return this;
    }

    /** The chair's preferences: weight ω and clause, position pairs. */
    public Fixtures chair(double weight, Object... positions) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int j = 0; j < positions.length; j += 2) {
            map.put((String) positions[j], ((Number) positions[j + 1]).doubleValue());
        }
        chair = new ChairPreferences("chair", weight, map);
        return this;
    }

    /** Gives the delegation already added with this id the disposition to call votes. */
    public Fixtures callsVotes(String id) {
        for (int i = 0; i < delegations.size(); i++) {
            if (delegations.get(i).id().equals(id)) {
                delegations.set(i, delegations.get(i).withCallsVotes(true));
            }
        }
        return this;
    }

    public Fixtures rounds(int t) {
        protocol = protocol.withMaxRounds(t);
        return this;
    }

    /** A state with influence w, β = 1 and stances given as clause, position, salience triples. */
    public Fixtures state(String id, double w, Object... stances) {
        return delegation(id, DelegationKind.STATE, w, 1, List.of(), 1, 1, stances);
    }

    public Fixtures delegation(String id, DelegationKind kind, double w, int votes, List<String> members,
                               double cohesion, double beta, Object... stances) {
        Map<String, Stance> map = new LinkedHashMap<>();
        for (int j = 0; j < stances.length; ) {
            String clause = (String) stances[j];
            double x = ((Number) stances[j + 1]).doubleValue();
            double s = ((Number) stances[j + 2]).doubleValue();
            RedLine red = null;
            j += 3;
            if (j < stances.length && stances[j] instanceof RedLine r) {
                red = r;
                j++;
            }
            map.put(clause, new Stance(x, s, red, "", ""));
        }
        delegations.add(new Delegation(id, id, kind, w, votes, members, cohesion, beta, map));
        return this;
    }

    public Scenario build() {
        return new Scenario(new Metadata("test", "", "", List.of()), clauses, delegations, protocol, 1,
                org.plenary.core.uncertainty.Uncertainty.NONE, chair);
    }
}
