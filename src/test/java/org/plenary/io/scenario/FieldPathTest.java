package org.plenary.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.Loss;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Stance;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.core.uncertainty.Uncertainty;

class FieldPathTest {

    /** USA has stances on a and b (a red line 0..40 on a), CHN only on b. */
    private static Scenario scenario() {
        Scenario s = Fixtures.scenario().clause("a", 0).clause("b", 10)
                .state("USA", 3, "a", 10, 0.9, "b", 20, 0.3)
                .state("CHN", 2, "b", 80, 0.7)
                .build()
                .withUncertainty(new Uncertainty(new Distribution.Normal(0, 5), null, List.of()));
        Delegation usa = s.delegations().get(0);
        Map<String, Stance> stances = new LinkedHashMap<>(usa.stances());
        Stance a = usa.stance("a");
        stances.put("a", new Stance(a.position(), a.salience(), new RedLine(0, 40), a.rationale(), a.source()));
        Delegation withRed = new Delegation(usa.id(), usa.name(), usa.kind(), usa.influence(), usa.votes(), usa.members(),
                usa.cohesion(), usa.concession(), stances);
        return s.withDelegations(List.of(withRed, s.delegations().get(1)));
    }

    private static FieldPath path(String text) {
        return FieldPath.parse(text).orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void everyPathOfAScenarioParsesBackToItself() {
        List<FieldPath> all = FieldPath.all(scenario());
        // USA: 2 stances × 2 + a red line × 2 + 3; CHN: 1 stance × 2 + 3; 2 status quos; 7 protocol settings.
        assertEquals(9 + 5 + 2 + 7, all.size());
        for (FieldPath p : all) {
            assertEquals(Optional.of(p), FieldPath.parse(p.toString()), p.toString());
        }
        assertEquals("delegations.USA.clauses.a.position", all.get(0).toString());
        assertEquals("delegations.USA.clauses.a.redLine.min", all.get(2).toString());
        assertEquals("delegations.USA.clauses.a.redLine.max", all.get(3).toString());
        assertEquals("protocol.threshold", all.get(all.size() - 1).toString());
    }

    @Test
    void grammarAloneDecidesParsing() {
        FieldPath p = path("delegations.X.clauses.y.salience");
        assertEquals("stance", p.section());
        assertEquals("salience", p.key());
        assertEquals("X", p.delegationId());
        assertEquals("y", p.clauseId());
        assertEquals("redLine", path("delegations.X.clauses.y.redLine.max").section());
        assertEquals("y", path("clauses.y.statusQuo").clauseId());
        assertEquals("protocol", path("protocol.decisionRule").section());
        for (String bad : List.of("", "seed", "protocol", "protocol.treshold", "delegations.USA.position",
                "delegations.USA.clauses.a.redLine", "clauses.a.title", "delegations..influence",
                "delegations.1st.influence", "clauses.a.statusQuo.x", "metadata.title", "delegations.USA.votes",
                "delegations.USA.clauses.a.redLine.mid")) {
            assertEquals(Optional.empty(), FieldPath.parse(bad), bad);
        }
    }

    @Test
    void missingInSaysWhatDoesNotExist() {
        FieldPath.Shape shape = FieldPath.Shape.of(scenario());
        assertEquals(Map.of("USA", List.of("a", "b"), "CHN", List.of("b")), shape.stances());
        assertEquals(Optional.of("there is no delegation 'USX'"), path("delegations.USX.influence").missingIn(shape));
        assertEquals(Optional.of("there is no clause 'c'"), path("clauses.c.statusQuo").missingIn(shape));
        assertEquals(Optional.of("CHN has no stance on clause 'a'"), path("delegations.CHN.clauses.a.position").missingIn(shape));
        assertEquals(Optional.of("USA has no red line on clause 'b'"),
                path("delegations.USA.clauses.b.redLine.min").missingIn(shape));
        assertEquals(Optional.empty(), path("delegations.CHN.clauses.b.position").missingIn(shape));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldPath.resolve(scenario(), "delegations.CHN.clauses.a.salience"));
        assertTrue(e.getMessage().contains("CHN has no stance on clause 'a'"), e.getMessage());
    }

    @Test
    void withSetsOneFieldAndKeepsEverythingElse() {
        Scenario s = scenario();
        Scenario t = path("delegations.USA.clauses.b.position").with(s, 55);
        assertEquals(55, t.delegations().get(0).stance("b").position());
        assertEquals(0.3, t.delegations().get(0).stance("b").salience());
        assertEquals(s.delegations().get(0).stance("a"), t.delegations().get(0).stance("a"));
        assertEquals(s.delegations().get(1), t.delegations().get(1));
        assertEquals(s.uncertainty(), t.uncertainty());
        assertEquals(s.clauses(), t.clauses());

        assertEquals(0.25, path("delegations.CHN.cohesion").with(s, 0.25).delegations().get(1).cohesion());
        assertEquals(4.0, path("delegations.USA.influence").with(s, 4).delegations().get(0).influence());
        assertEquals(33.0, path("clauses.b.statusQuo").with(s, 33).clauses().get(1).statusQuo());
        assertEquals(12, path("protocol.maxRounds").with(s, 12).protocol().maxRounds());
        assertEquals(2, path("protocol.dropContestedAfter").with(s, 2).protocol().dropContestedAfter());
        assertEquals(0.3, path("protocol.mediatorStep").with(s, 0.3).protocol().mediatorStep());
        assertEquals(Loss.QUADRATIC, path("protocol.loss").with(s, "quadratic").protocol().loss());
        assertEquals(DecisionRule.MAJORITY, path("protocol.decisionRule").with(s, "majority").protocol().decisionRule());
        // Only the changed field differs from the original protocol.
        assertEquals(s.protocol().withMaxRounds(12), path("protocol.maxRounds").with(s, 12).protocol());
        Scenario red = path("delegations.USA.clauses.a.redLine.max").with(s, 25);
        assertEquals(new RedLine(0, 25), red.delegations().get(0).stance("a").redLine());
        assertEquals(s.delegations().get(0).stance("a").position(), red.delegations().get(0).stance("a").position());
        assertEquals(s.delegations().get(0).stance("b"), red.delegations().get(0).stance("b"));
    }

    @Test
    void numberAndChoiceReadWhatWithWrote() {
        Scenario s = scenario();
        for (FieldPath p : FieldPath.all(s)) {
            FieldSpec f = p.spec();
            if (f.type() == FieldSpec.Type.CHOICE) {
                String other = f.choices().get(0).equals(p.choice(s)) ? f.choices().get(1) : f.choices().get(0);
                assertEquals(other, p.choice(p.with(s, other)), p.toString());
            } else {
                double v = p.key().equals("maxRounds") ? 7 : p.section().equals("redLine") ? 20
                        : Double.isInfinite(f.range().max()) || f.range().max() > 100 ? 2.0 : f.range().max();
                assertEquals(v, p.number(p.with(s, v)), p.toString());
            }
        }
    }

    @Test
    void invalidValuesAreRefused() {
        Scenario s = scenario();
        for (String[] bad : new String[][] {{"delegations.USA.clauses.a.position", "101"}, {"delegations.USA.influence", "0"},
            {"delegations.USA.influence", "1e308"}, {"protocol.maxRounds", "2.5"}, {"protocol.maxRounds", "0"},
            {"protocol.loss", "1"}, {"delegations.CHN.clauses.a.position", "5"}, {"delegations.USX.cohesion", "0.5"},
            {"delegations.USA.clauses.a.redLine.min", "50"}, {"delegations.USA.clauses.b.redLine.min", "5"}}) {
            assertThrows(IllegalArgumentException.class, () -> path(bad[0]).with(s, Double.parseDouble(bad[1])), bad[0]);
        }
        assertThrows(IllegalArgumentException.class, () -> path("protocol.loss").with(s, "cubic"));
        assertThrows(IllegalArgumentException.class, () -> path("protocol.threshold").with(s, "majority"));
        assertThrows(IllegalArgumentException.class, () -> FieldPath.of("stance", "position", "USA", null));
    }

    @Test
    void realFieldsAreDrawnRedLinesIncluded() {
        for (FieldPath p : FieldPath.all(scenario())) {
            FieldSpec f = p.spec();
            assertTrue(f.sweepable(), p.toString());
            assertEquals(f.type() == FieldSpec.Type.NUMBER, f.drawable(), p.toString());
        }
        assertEquals(List.of("linear", "quadratic"), path("protocol.loss").spec().choices());
        assertEquals(List.of("consensus", "majority"), path("protocol.decisionRule").spec().choices());
    }
}
