package org.plenary.io.scenario;

import java.util.List;
import java.util.Objects;
import org.plenary.io.source.Range;

/**
 * One field of a scenario file, as {@link ScenarioFields} describes it: what the reader checks,
 * what the JSON Schema and the format's tables say, and whether sweeps and uncertainty sections
 * may name it. Built with the factories and the {@code with…} copies, so that an entry of the
 * description reads as one line per field.
 *
 * @param key         the field's name in its mapping, e.g. {@code maxRounds}; for a scalar that
 *                    {@link #sweepable() sweeps} or {@link #drawable() draws}, also the record component it binds to
 * @param type        what the value is
 * @param required    whether the field must be written
 * @param range       the valid numbers of a {@link Type#NUMBER} or {@link Type#WHOLE} field, else null
 * @param choices     the valid values of a {@link Type#CHOICE} field (as written), else empty
 * @param of          for lists, mappings and keyed maps: the section (or named value) of their items; for ids: the id kind
 * @param defaultValue the value of an absent field (Double, Long, String or Boolean), or null when it has none
 * @param defaultText the default as the format's tables show it, when not simply the value ({@code 2/3})
 * @param unit        the unit of a number ({@code position points}, {@code rounds}), or empty
 * @param title       a short human name, for forms and editors
 * @param description one line: what the field means
 * @param sweepable   whether a sweep may vary it
 * @param drawable    whether an uncertainty section may draw it in each Monte Carlo run
 */
public record FieldSpec(String key, Type type, boolean required, Range range, List<String> choices, String of,
                        Object defaultValue, String defaultText, String unit, String title, String description,
                        boolean sweepable, boolean drawable) {

    /** The kinds of values a field holds. */
    public enum Type {
        /** Any text. */
        TEXT,
        /** An identifier matching a pattern ({@link #of()} names which: {@code id} or {@code sourceId}). */
        ID,
        /** A finite real number in {@link #range()}. */
        NUMBER,
        /** A whole number in {@link #range()}. */
        WHOLE,
        /** One of {@link #choices()}. */
        CHOICE,
        /** true or false. */
        BOOLEAN,
        /** A mapping whose fields are the section {@link #of()}. */
        MAPPING,
        /** A list of items of the section (or named value) {@link #of()}. */
        LIST,
        /** A mapping from names (clause ids, field paths) to values of {@link #of()}. */
        MAP,
        /** A distribution of an uncertain field. */
        DISTRIBUTION
    }

    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        if ((type == Type.NUMBER || type == Type.WHOLE) != (range != null)) {
            throw new IllegalArgumentException(key + ": a range exactly for numbers");
        }
        if ((sweepable || drawable) && !(type == Type.NUMBER || type == Type.WHOLE || type == Type.CHOICE)) {
            throw new IllegalArgumentException(key + ": only numbers and choices are swept or drawn");
        }
        if (drawable && type != Type.NUMBER) {
            throw new IllegalArgumentException(key + ": only real numbers are drawn");
        }
    }

    private static FieldSpec of(String key, Type type, Range range, List<String> choices, String of) {
        return new FieldSpec(key, type, false, range, choices, of, null, null, "", "", "", false, false);
    }

    /** Text. */
    public static FieldSpec text(String key) {
        return of(key, Type.TEXT, null, List.of(), null);
    }

    /** An id of the kind {@code kind} ({@code id} or {@code sourceId}). */
    public static FieldSpec id(String key, String kind) {
        return of(key, Type.ID, null, List.of(), kind);
    }

    /** A real number in {@code range}. */
    public static FieldSpec number(String key, Range range) {
        return of(key, Type.NUMBER, range, List.of(), null);
    }

    /** A whole number in {@code range}. */
    public static FieldSpec whole(String key, Range range) {
        return of(key, Type.WHOLE, range, List.of(), null);
    }

    /** One of {@code choices}, as written in files. */
    public static FieldSpec choice(String key, String... choices) {
        return of(key, Type.CHOICE, null, List.of(choices), null);
    }

    /** true or false. */
    public static FieldSpec bool(String key) {
        return of(key, Type.BOOLEAN, null, List.of(), null);
    }

    /** A mapping with the fields of {@code section}. */
    public static FieldSpec mapping(String key, String section) {
        return of(key, Type.MAPPING, null, List.of(), section);
    }

    /** A list of {@code item}s (a section, or the named value {@code memberState}). */
    public static FieldSpec list(String key, String item) {
        return of(key, Type.LIST, null, List.of(), item);
    }

    /** A mapping from names to values of {@code value} (a section, or {@code distribution}). */
    public static FieldSpec map(String key, String value) {
        return of(key, Type.MAP, null, List.of(), value);
    }

    /** A distribution. */
    public static FieldSpec distribution(String key) {
        return of(key, Type.DISTRIBUTION, null, List.of(), null);
    }

    private FieldSpec copy(boolean req, Object def, String shown, String u, String t, String d, boolean sw, boolean dr) {
        return new FieldSpec(key, type, req, range, choices, of, def, shown, u, t, d, sw, dr);
    }

    /** This field, required. */
    public FieldSpec mandatory() {
        return copy(true, defaultValue, defaultText, unit, title, description, sweepable, drawable);
    }

    /** This field with {@code value} when absent. */
    public FieldSpec byDefault(Object value) {
        return copy(required, value, defaultText, unit, title, description, sweepable, drawable);
    }

    /** This field with its default shown as {@code text} in the format's tables. */
    public FieldSpec shownDefault(String text) {
        return copy(required, defaultValue, text, unit, title, description, sweepable, drawable);
    }

    /** This field with a unit. */
    public FieldSpec unit(String u) {
        return copy(required, defaultValue, defaultText, u, title, description, sweepable, drawable);
    }

    /** This field with a title and a one-line description. */
    public FieldSpec about(String t, String d) {
        return copy(required, defaultValue, defaultText, unit, t, d, sweepable, drawable);
    }

    /** This field, which sweeps may vary. */
    public FieldSpec sweep() {
        return copy(required, defaultValue, defaultText, unit, title, description, true, drawable);
    }

    /** This field, which sweeps may vary and uncertainty sections may draw. */
    public FieldSpec sweepAndDraw() {
        return copy(required, defaultValue, defaultText, unit, title, description, true, true);
    }

    /** The default as the format's tables show it: empty when there is none, {@code ""} for empty text. */
    public String defaultShown() {
        return defaultText != null ? defaultText : defaultValue == null ? "" : "".equals(defaultValue) ? "\"\""
                : defaultValue instanceof Double d ? Range.format(d) : String.valueOf(defaultValue);
    }
}
