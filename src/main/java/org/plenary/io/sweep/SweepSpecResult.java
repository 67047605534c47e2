package org.plenary.io.sweep;

import java.util.List;
import java.util.Optional;
import org.plenary.io.source.Problem;

/**
 * What reading a sweep specification gave: the specification if neither it nor its scenario has an
 * error, and every problem of both files.
 *
 * @param spec     present if and only if no problem is an error
 * @param problems the specification's problems (sorted by line) followed by the scenario's
 */
public record SweepSpecResult(Optional<SweepSpec> spec, List<Problem> problems) {

    public SweepSpecResult {
        problems = List.copyOf(problems);
        if (spec.isPresent() == problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a specification must be present exactly when there is no error");
        }
    }

    /** Whether the specification cannot be used. */
    public boolean hasErrors() {
        return spec.isEmpty();
    }
}
