package org.plenary.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Scenario text cannot drive the terminal through the forecast or explain texts. */
class TerminalTextTest {

    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        assertEquals("a\\u001b[2Jb\\u0007", TerminalText.printable("a\u001b[2Jb\u0007"));
        assertEquals("\\u202eevil \\u009b", TerminalText.printable("\u202eevil \u009b"));
        assertEquals("Côte d'Ivoire — 25 %", TerminalText.printable("Côte d'Ivoire — 25 %"));
        assertEquals(TerminalText.printable("x\u001by"), ForecastText.printable("x\u001by"));
    }
}
