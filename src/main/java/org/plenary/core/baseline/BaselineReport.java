package org.plenary.core.baseline;

import java.util.List;

/**
 * All baseline forecasts of a scenario.
 *
 * @param forecasts       one per clause, in the order of the text
 * @param nash            the Nash bargaining solution over the whole text, with its status
 * @param challengeRuns   the expected-utility model's run per clause, in the order of the text
 */
public record BaselineReport(List<Forecast> forecasts, NashSolution nash, List<ChallengeRun> challengeRuns) {

    public BaselineReport {
        forecasts = List.copyOf(forecasts);
        challengeRuns = List.copyOf(challengeRuns);
    }

    /** The forecast for the clause with this id, or {@code null}. */
    public Forecast forecast(String clauseId) {
        for (Forecast f : forecasts) {
            if (f.clauseId().equals(clauseId)) {
                return f;
            }
        }
        return null;
    }
}
