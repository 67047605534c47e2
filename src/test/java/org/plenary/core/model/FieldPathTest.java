package org.plenary.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.FieldPath.Kind;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.core.uncertainty.Uncertainty;

class FieldPathTest {

    /** USA has stances on a and b, CHN only on b. */
    private static Scenario scenario() {
        return Fixtures.scenario().clause("a", 0).clause("b", 10)
                .state("USA", 3, "a", 10, 0.9, "b", 20, 0.3)
                .state("CHN", 2, "b", 80, 0.7)
                .build()
                .withUncertainty(new Uncertainty(new Distribution.Normal(0, 5), null, List.of()));
    }

    @Test
    void everyPathOfAScenarioParsesBackToItself() {
        List<FieldPath> all = FieldPath.all(scenario());
        // USA: 2 stances × 2 + 3; CHN: 1 stance × 2 + 3; 2 status quos; 7 protocol settings.
        assertEquals(7 + 5 + 2 + 7, all.size());
        for (FieldPath p : all) {
            assertEquals(Optional.of(p), FieldPath.parse(p.toString()), p.toString());
        }
        assertEquals("delegations.USA.clauses.a.position", all.get(0).toString());
        assertEquals("protocol.threshold", all.get(all.size() - 1).toString());
    }

    @Test
    void grammarAloneDecidesParsing() {
        assertEquals(Optional.of(FieldPath.stance("X", "y", Kind.SALIENCE)),
                FieldPath.parse("delegations.X.clauses.y.salience"));
        assertEquals(Optional.of(FieldPath.protocol(Kind.DECISION_RULE)), FieldPath.parse("protocol.decisionRule"));
        for (String bad : List.of("", "seed", "protocol", "protocol.treshold", "delegations.USA.position",
                "delegations.USA.clauses.a.redLine", "clauses.a.title", "delegations..influence",
                "delegations.1st.influence", "clauses.a.statusQuo.x", "metadata.title")) {
            assertEquals(Optional.empty(), FieldPath.parse(bad), bad);
        }
    }

    @Test
    void missingInSaysWhatDoesNotExist() {
        FieldPath.Shape shape = FieldPath.Shape.of(scenario());
        assertEquals(Map.of("USA", List.of("a", "b"), "CHN", List.of("b")), shape.stances());
        assertEquals(Optional.of("there is no delegation 'USX'"),
                FieldPath.delegation("USX", Kind.INFLUENCE).missingIn(shape));
        assertEquals(Optional.of("there is no clause 'c'"), FieldPath.clause("c", Kind.STATUS_QUO).missingIn(shape));
        assertEquals(Optional.of("CHN has no stance on clause 'a'"),
                FieldPath.stance("CHN", "a", Kind.POSITION).missingIn(shape));
        assertEquals(Optional.empty(), FieldPath.stance("CHN", "b", Kind.POSITION).missingIn(shape));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldPath.resolve(scenario(), "delegations.CHN.clauses.a.salience"));
        assertTrue(e.getMessage().contains("CHN has no stance on clause 'a'"), e.getMessage());
    }

    @Test
    void withSetsOneFieldAndKeepsEverythingElse() {
        Scenario s = scenario();
        Scenario t = s.with(FieldPath.resolve(s, "delegations.USA.clauses.b.position"), 55);
        assertEquals(55, t.delegations().get(0).stance("b").position());
        assertEquals(0.3, t.delegations().get(0).stance("b").salience());
        assertEquals(s.delegations().get(0).stance("a"), t.delegations().get(0).stance("a"));
        assertEquals(s.delegations().get(1), t.delegations().get(1));
        assertEquals(s.uncertainty(), t.uncertainty());
        assertEquals(s.clauses(), t.clauses());

        assertEquals(0.25, s.with(FieldPath.delegation("CHN", Kind.COHESION), 0.25).delegations().get(1).cohesion());
        assertEquals(4.0, s.with(FieldPath.delegation("USA", Kind.INFLUENCE), 4).delegations().get(0).influence());
        assertEquals(33.0, s.with(FieldPath.clause("b", Kind.STATUS_QUO), 33).clauses().get(1).statusQuo());
        assertEquals(12, s.with(FieldPath.protocol(Kind.MAX_ROUNDS), 12).protocol().maxRounds());
        assertEquals(2, s.with(FieldPath.protocol(Kind.DROP_CONTESTED_AFTER), 2).protocol().dropContestedAfter());
        assertEquals(0.3, s.with(FieldPath.protocol(Kind.MEDIATOR_STEP), 0.3).protocol().mediatorStep());
        assertEquals(Loss.QUADRATIC, s.with(FieldPath.protocol(Kind.LOSS), "quadratic").protocol().loss());
        assertEquals(DecisionRule.MAJORITY,
                s.with(FieldPath.protocol(Kind.DECISION_RULE), "majority").protocol().decisionRule());
        // Only the changed field differs from the original protocol.
        assertEquals(s.protocol().withMaxRounds(12), s.with(FieldPath.protocol(Kind.MAX_ROUNDS), 12).protocol());
    }

    @Test
    void numberAndChoiceReadWhatWithWrote() {
        Scenario s = scenario();
        for (FieldPath p : FieldPath.all(s)) {
            if (p.kind().type() == FieldPath.Type.CHOICE) {
                String other = p.kind().choices().get(0).equals(p.choice(s)) ? p.kind().choices().get(1)
                        : p.kind().choices().get(0);
                assertEquals(other, p.choice(s.with(p, other)), p.toString());
            } else {
                double v = p.kind() == Kind.MAX_ROUNDS ? 7 : p.kind().field().map(f -> f.bounded() ? f.max() : 2.0).orElse(1.0);
                assertEquals(v, p.number(s.with(p, v)), p.toString());
            }
        }
    }

    @Test
    void invalidValuesAreRefused() {
        Scenario s = scenario();
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.stance("USA", "a", Kind.POSITION), 101));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.delegation("USA", Kind.INFLUENCE), 0));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.protocol(Kind.MAX_ROUNDS), 2.5));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.protocol(Kind.MAX_ROUNDS), 0));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.protocol(Kind.LOSS), 1));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.protocol(Kind.LOSS), "cubic"));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.protocol(Kind.THRESHOLD), "majority"));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.stance("CHN", "a", Kind.POSITION), 5));
        assertThrows(IllegalArgumentException.class, () -> s.with(FieldPath.delegation("USX", Kind.COHESION), 0.5));
        assertThrows(IllegalArgumentException.class, () -> new FieldPath(Kind.POSITION, "USA", null));
    }

    @Test
    void onlyRealFieldsCanBeUncertain() {
        for (Kind k : Kind.values()) {
            assertEquals(k.type() == FieldPath.Type.REAL, k.uncertain(), k.name());
        }
        assertEquals(List.of("linear", "quadratic"), Kind.LOSS.choices());
        assertEquals(List.of("consensus", "majority"), Kind.DECISION_RULE.choices());
    }
}
