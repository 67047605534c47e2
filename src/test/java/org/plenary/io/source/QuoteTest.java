package org.plenary.io.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Scenario text cannot drive the terminal: one escape for every text that prints it. */
class QuoteTest {

    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        assertEquals("a\\u001b[2Jb\\u0007", Quote.printable("a\u001b[2Jb\u0007"));
        assertEquals("\\u202eevil \\u009b", Quote.printable("\u202eevil \u009b"));
        assertEquals("line\\nbreak\\ttab\\u200b", Quote.printable("line\nbreak\ttab\u200b"));
        assertEquals("lone \\ud800 surrogate", Quote.printable("lone \ud800 surrogate"));
        assertEquals("Côte d'Ivoire — 25 % \"quoted\" \\ kept", Quote.printable("Côte d'Ivoire — 25 % \"quoted\" \\ kept"));
        assertEquals("x".repeat(500), Quote.printable("x".repeat(500)), "whole, never cut");
    }
}
