package org.plenary.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.core.model.Clause;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.DelegationKind;
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
        return new Scenario(new Metadata("test", "", "", List.of()), clauses, delegations, protocol, 1);
    }
}
