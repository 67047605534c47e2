package org.plenary.io.source;

/**
 * Puts text from an input file into a message safely: files are untrusted, and a message is
 * printed to terminals and written to logs, so control characters are escaped and long text is cut.
 */
public final class Quote {

    private static final int MAX = 60;

    private Quote() {
    }

    /** {@code "text"}, escaped and shortened. */
    public static String text(String s) {
        return "\"" + bare(s) + "\"";
    }

    /** {@code 'name'}, escaped and shortened; for keys, ids and codes. */
    public static String name(String s) {
        return "'" + bare(s) + "'";
    }

    /** Escaped and shortened, without quotes. */
    public static String bare(String s) {
        return bare(s, MAX);
    }

    /**
     * Scenario text as it may reach a terminal or a text file, whole and unquoted: control
     * characters (C0 including line breaks and tabs, DEL, C1), format characters (bidirectional
     * overrides, zero-width marks) and lone surrogates are written as {@code \\uXXXX}, so a title
     * cannot clear the screen, set the window title, ring the bell or reorder what follows it.
     */
    public static String printable(String s) {
        return escape(s, Integer.MAX_VALUE, false);
    }

    /**
     * A parser's message, which may quote the file: control characters escaped, cut after 200
     * characters, but backslashes and quotes kept as the parser wrote them.
     */
    public static String message(String s) {
        return escape(s, 200, false);
    }

    /** Escaped and cut after {@code max} characters, without quotes. */
    public static String bare(String s, int max) {
        return escape(s, max, true);
    }

    private static String escape(String s, int max, boolean quotes) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == max) {
                b.append("...");
                break;
            }
            switch (cp) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '"' -> b.append(quotes ? "\\\"" : "\"");
                case '\\' -> b.append(quotes ? "\\\\" : "\\");
                default -> {
                    if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                            || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        b.append(String.format("\\u%04x", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }
}
