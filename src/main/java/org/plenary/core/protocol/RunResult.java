package org.plenary.core.protocol;

import java.util.List;
import java.util.Map;

/**
 * The record of one negotiation run.
 *
 * @param outcome    how it ended
 * @param roundsUsed rounds played (the consensus round counts)
 * @param finalText  the last draft on the table (adopted unless the outcome is NO_AGREEMENT)
 * @param blockers   ids of delegations that did not accept the last draft, sorted
 * @param gains      per delegation id (sorted): U_i(adopted text) − BATNA_i; 0 when nothing is adopted
 * @param vote       the closing vote, or {@code null} when there was none
 * @param transcript rounds in order, or an empty list when not requested
 */
public record RunResult(Outcome outcome, int roundsUsed, Draft finalText, List<String> blockers,
                        Map<String, Double> gains, VoteTally vote, List<RoundRecord> transcript) {

    public RunResult {
        blockers = List.copyOf(blockers);
        gains = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gains));
        transcript = List.copyOf(transcript);
    }
}
