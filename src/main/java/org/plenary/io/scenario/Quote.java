package org.plenary.io.scenario;

/**
 * Puts text from a scenario file into a message safely: files are untrusted, and a message is
 * printed to terminals and written to logs, so control characters are escaped and long text is cut.
 */
final class Quote {

    private static final int MAX = 60;

    private Quote() {
    }

    /** {@code "text"}, escaped and shortened. */
    static String text(String s) {
        return "\"" + bare(s) + "\"";
    }

    /** {@code 'name'}, escaped and shortened; for keys, ids and codes. */
    static String name(String s) {
        return "'" + bare(s) + "'";
    }

    /** Escaped and shortened, without quotes. */
    static String bare(String s) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == MAX) {
                b.append("...");
                break;
            }
            switch (cp) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
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
