package org.plenary.io.history;

import java.util.List;
import java.util.Optional;
import org.plenary.core.backtest.HistoryCase;
import org.plenary.io.source.Problem;

/**
 * What reading a history scenario gave: the case if the file has no error, and every problem of
 * its scenario part and its {@code observed} section, sorted by line and column.
 *
 * @param historyCase present if and only if no problem is an error
 * @param problems    errors and warnings in file order
 */
public record HistoryReadResult(Optional<HistoryCase> historyCase, List<Problem> problems) {

    public HistoryReadResult {
        problems = List.copyOf(problems);
        if (historyCase.isPresent() == problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a case must be present exactly when there is no error");
        }
    }

    /** Whether the file could not be used. */
    public boolean hasErrors() {
        return historyCase.isEmpty();
    }

    /** Each problem rendered as one line, in order. */
    public List<String> renderedProblems() {
        return problems.stream().map(Problem::render).toList();
    }
}
