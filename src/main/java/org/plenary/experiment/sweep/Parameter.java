package org.plenary.experiment.sweep;

import java.util.Objects;

/**
 * A scenario field that a sweep varies.
 *
 * @param path   the field's path, e.g. {@code delegations.USA.clauses.legal-nature.position}
 * @param kind   real number, whole number or choice
 * @param domain the values it takes
 */
public record Parameter(String path, Kind kind, Domain domain) {

    /** The values of a parameter. */
    public enum Kind {
        /** A real number. */
        REAL,
        /** A whole number. */
        WHOLE,
        /** One of named options ({@link Domain.Choices}); the value is the option's index. */
        CHOICE
    }

    public Parameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(domain, "domain");
        if ((kind == Kind.CHOICE) != (domain instanceof Domain.Choices)) {
            throw new IllegalArgumentException(path + ": a choice takes named options, a number does not");
        }
    }

    /** The value as written in tables: the option of a choice, a whole number without decimals, else the double. */
    public String text(double value) {
        return switch (kind) {
            case CHOICE -> ((Domain.Choices) domain).options().get((int) value);
            case WHOLE -> Long.toString((long) value);
            case REAL -> Double.toString(value);
        };
    }
}
