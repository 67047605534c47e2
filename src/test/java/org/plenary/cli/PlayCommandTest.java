package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** {@code plenary play}: answers fed through standard input, as a pipe does. */
class PlayCommandTest {

    private static final String CLASSROOM = "scenarios/classroom-3.yaml";

    private static Cli.Ran play(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void theStudentAnswersEachDraftAndSeesTheModelInTheSameSeatBesideIt() {
        Cli.Ran r = play("o\n1=40\nhelp\nfoo\nobject 9=10\nobject 1=x\naccept now\naccept\n",
                "play", CLASSROOM, "--as", "South");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        // The draft: clause, position, nearest label with its distance; utility and the model's aspiration.
        assertTrue(out.contains("   1 ai-fund          56.9  ≈ voluntary fund with a target (50, 6.9 away)"), out);
        assertTrue(out.contains("  Your utility 0.916; the model's South would aspire to 1.000 and would object."), out);
        assertTrue(out.contains("  Answers: Broker object, North object, you object"), out);
        // Round 2 after South's own amendment (ai-fund → 40), not the model's (→ 80).
        assertTrue(out.contains("   1 ai-fund          49.2"), out);
        // Bad input is explained and asked again.
        assertTrue(out.contains("  ! 'foo' is not an answer."), out);
        assertTrue(out.contains("  ! no clause 9 (clauses: ai-fund, binding-rules, data-sharing)."), out);
        assertTrue(out.contains("  ! 'x' is not a number between 0 and 100."), out);
        assertTrue(out.contains("  ! accept takes nothing after it."), out);
        assertTrue(out.contains("  Answers: Broker accept, North object, you accept"), out);
        // The input ended in round 3: the model answers from there.
        assertTrue(out.contains("(end of input: the model answers for South from here on)"), out);
        assertTrue(out.contains("you (the model) accept"), out);
        assertTrue(out.contains("Outcome: consensus after 3 rounds"), out);
        assertTrue(out.contains("                  you as South        the model as South"), out);
        assertTrue(out.contains("  gain of South   +0.321              +0.354"), out);
        assertTrue(out.contains("  ai-fund         47.0                54.1"), out);
        assertTrue(out.contains("Your gain: +0.321 = your utility of the adopted text 0.861 − of the status quo 0.540"),
                out);
    }

    @Test
    void withNoInputTheModelPlaysTheSeatAndBothColumnsAgree() {
        Cli.Ran r = play("", "play", CLASSROOM, "--as", "North", "--seed", "4");
        assertEquals(0, r.code(), r.err());
        Cli.Ran model = Cli.run("run", CLASSROOM, "--seed", "4");
        assertTrue(model.out().contains("Outcome: consensus after 3 rounds"), model.out());
        assertTrue(r.out().contains("Outcome: consensus after 3 rounds"), r.out());
        assertTrue(r.out().contains("  gain of North   +0.278              +0.278"), r.out());
    }

    @Test
    void aRefusalWithoutACrossedRedLineIsExplained() {
        Cli.Ran r = play("refuse 2\nr\nbinding-rules\na\n", "play", CLASSROOM, "--as", "North");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  ! the draft does not cross North's red line on binding-rules (it crosses none: "
                + "object instead)."), r.out());
        assertTrue(r.out().contains("red line (the draft crosses none)> "), r.out());
    }

    @Test
    void anUnknownSeatIsBadInput() {
        Cli.Ran r = play("", "play", CLASSROOM, "--as", "Nowhere");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'Nowhere' is not a negotiating delegation of the scenario (one of: Broker, North, "
                + "South)"), r.err());
        assertEquals("", r.out());
    }
}
