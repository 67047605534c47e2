package org.plenary.io.scenario;

import java.util.List;
import java.util.Optional;
import org.plenary.core.model.Scenario;
import org.plenary.io.source.Problem;

/**
 * What reading a scenario file gave: the scenario if the file has no error, and every problem
 * found, sorted by line and column.
 *
 * @param scenario present if and only if no problem is an {@link Problem.Severity#ERROR}
 * @param problems errors and warnings in file order
 */
public record ReadResult(Optional<Scenario> scenario, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
        if (scenario.isPresent() == problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a scenario must be present exactly when there is no error");
        }
    }

    /** Whether the file could not be used. */
    public boolean hasErrors() {
        return scenario.isEmpty();
    }

    /** Each problem rendered as one line, in order. */
    public List<String> renderedProblems() {
        return problems.stream().map(Problem::render).toList();
    }
}
