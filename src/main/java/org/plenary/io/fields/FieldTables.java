package org.plenary.io.fields;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.io.scenario.FieldSpec;
import org.plenary.io.scenario.ScenarioFields;
import org.plenary.io.scenario.ScenarioFields.PathField;
import org.plenary.io.scenario.ScenarioFields.Section;
import org.plenary.io.source.Range;

/**
 * The field tables of the documentation, written from {@link ScenarioFields}. A document marks
 * each generated block with {@code <!-- fields: NAME -->} … {@code <!-- end fields -->}, where NAME
 * is a section ({@code protocol}), {@code drawn-paths} or {@code swept-paths}; {@link #update}
 * rewrites every block and leaves the prose around them alone.
 */
public final class FieldTables {

    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- fields: ([A-Za-z-]+) -->\\n)(.*?)(<!-- end fields -->)", Pattern.DOTALL);

    private FieldTables() {
    }

    /** {@code markdown} with every generated block written anew. */
    public static String update(String markdown) {
        Matcher m = BLOCK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table(m.group(2)) + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The table named {@code name}. */
    static String table(String name) {
        StringBuilder b = new StringBuilder();
        switch (name) {
            case "drawn-paths", "swept-paths" -> {
                boolean drawn = name.equals("drawn-paths");
                b.append("| Path | ").append(drawn ? "Range" : "Values").append(" | Unit |\n|---|---|---|\n");
                for (PathField pf : ScenarioFields.pathFields()) {
                    if (!drawn || pf.field().drawable()) {
                        b.append("| `").append(pf.pattern()).append("` | ").append(values(pf.field()))
                                .append(" | ").append(pf.field().unit()).append(" |\n");
                    }
                }
            }
            default -> {
                Section s = ScenarioFields.section(name);
                b.append("| Field | Required | Type, range | Default | Unit | Sweep | Meaning |\n")
                        .append("|---|---|---|---|---|---|---|\n");
                for (FieldSpec f : s.fields()) {
                    String shown = f.defaultShown();
                    b.append("| `").append(f.key()).append("` | ").append(f.required() ? "yes" : "no").append(" | ")
                            .append(type(f)).append(" | ").append(shown.isEmpty() ? "" : "`" + shown + "`")
                            .append(" | ").append(f.unit()).append(" | ")
                            .append(f.drawable() ? "sweep, draw" : f.sweepable() ? "sweep" : "")
                            .append(" | ").append(f.description()).append(" |\n");
                }
            }
        }
        return b.toString();
    }

    private static String values(FieldSpec f) {
        return f.type() == FieldSpec.Type.CHOICE ? type(f) : f.range().describe();
    }

    /** The type and range of a field in words. */
    static String type(FieldSpec f) {
        return switch (f.type()) {
            case TEXT -> "text";
            case ID -> "text matching `^" + (f.of().equals("id") ? ScenarioFields.ID : ScenarioFields.SOURCE_ID).pattern() + "$`";
            case NUMBER -> "number " + f.range().describe();
            case WHOLE -> f.range().equals(Range.anyLong()) ? "whole number, 64-bit" : "whole number " + f.range().describe();
            case CHOICE -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < f.choices().size(); i++) {
                    b.append(i == 0 ? "" : i == f.choices().size() - 1 ? " or " : ", ").append('`').append(f.choices().get(i)).append('`');
                }
                yield b.toString();
            }
            case BOOLEAN -> "`true` or `false`";
            case MAPPING -> "mapping";
            case LIST -> (f.of().equals("memberState") ? "list of state codes, each once"
                    : f.of().equals("id") ? "list of clause ids"
                    : "list of " + ScenarioFields.section(f.of()).title().toLowerCase(Locale.ROOT) + " entries")
                    + (f.required() ? ", at least 1" : "");
            case MAP -> "mapping: " + (f.of().equals("distribution") ? "field path → distribution" : "clause id → " + f.of());
            case DISTRIBUTION -> "distribution";
        };
    }
}
