package org.plenary.io.export;

import java.util.Locale;

/** Scenario text made safe for a terminal: scenario files are untrusted and must not drive it. */
final class TerminalText {

    private TerminalText() {
    }

    /** Control characters (C0, DEL, C1) and format characters (bidi overrides) shown as {@code \\uXXXX}. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
