package org.plenary.io.report;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping of untrusted scenario text for HTML, and small formatting helpers. */
final class Html {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\Ahttps?://[^\\s\"<>]+\\z");

    private Html() {
    }

    /**
     * Text for an element's content or a double-quoted attribute: {@code & < > "} and non-ASCII
     * characters with names become entities (Apache Commons Text's HTML 4 escaper), and control
     * characters other than tab and line ends are dropped.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isISOControl(cp) || cp == '\n' || cp == '\t' || cp == '\r')
                .forEach(clean::appendCodePoint);
        return StringEscapeUtils.escapeHtml4(clean.toString()).replace("'", "&#39;");
    }

    /** A link to {@code url} when it is a plain http(s) address, else the escaped text. */
    static String link(String url, String text) {
        if (url != null && WEB_ADDRESS.matcher(url).matches()) {
            return "<a href=\"" + text(url) + "\" rel=\"noopener noreferrer\">" + text(text) + "</a>";
        }
        return text(text);
    }

    /** An id attribute value from free text: letters, digits, '-' and '_' kept. */
    static String id(String prefix, String s) {
        StringBuilder b = new StringBuilder(prefix);
        s.codePoints().forEach(cp -> b.append(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_')
                ? (char) cp : '_'));
        return b.toString();
    }

    /** A position 0–100: a whole number as such, otherwise one decimal; a dash when undefined. */
    static String position(double x) {
        if (!Double.isFinite(x)) {
            return "—";
        }
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.1f", x);
    }

    /** A number with the given decimals; a dash when undefined. */
    static String number(double x, int decimals) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "—";
    }

    /** A probability in percent with one decimal; a dash when undefined. */
    static String percent(double p) {
        return Double.isFinite(p) ? String.format(Locale.ROOT, "%.1f%%", 100 * p) : "—";
    }
}
