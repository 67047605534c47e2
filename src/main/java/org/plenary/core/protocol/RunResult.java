package org.plenary.core.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of one negotiation run.
 *
 * @param outcome      how it ended
 * @param roundsUsed   rounds played (the closing round counts)
 * @param finalText    the last draft on the table (adopted unless the outcome is NO_AGREEMENT; for a
 *                     chair's summary the clauses in {@code divergent} are reported as divergent views)
 * @param blockers     ids of delegations that did not accept the last draft, sorted (a reservation is acceptance)
 * @param gains        per delegation id (sorted): U_i(adopted text) − BATNA_i; 0 when nothing is adopted
 * @param vote         the closing vote, or {@code null} when there was none
 * @param transcript   rounds in order, or an empty list when not requested
 * @param margins      per delegation id: U_i(final text as issued) − BATNA_i, adopted or not
 * @param reservations under CONSENSUS_WITH_RESERVATIONS: delegation id → the clauses it dissociates itself from
 * @param divergent    under CHAIR_SUMMARY: ids of the clauses reported as divergent views
 * @param maxRounds    the rounds the protocol allowed (to tell whether the close came in the last one)
 */
public record RunResult(Outcome outcome, int roundsUsed, Draft finalText, List<String> blockers,
                        Map<String, Double> gains, VoteTally vote, List<RoundRecord> transcript,
                        Map<String, Double> margins, Map<String, List<String>> reservations,
                        List<String> divergent, int maxRounds) {

    public RunResult {
        blockers = List.copyOf(blockers);
        gains = Collections.unmodifiableMap(new LinkedHashMap<>(gains));
        transcript = List.copyOf(transcript);
        margins = Collections.unmodifiableMap(new LinkedHashMap<>(margins));
        Map<String, List<String>> r = new LinkedHashMap<>();
        reservations.forEach((k, v) -> r.put(k, List.copyOf(v)));
        reservations = Collections.unmodifiableMap(r);
        divergent = List.copyOf(divergent);
    }

    /** Whether the run closed in the protocol's last round. */
    public boolean lastRound() {
        return roundsUsed >= maxRounds;
    }

    /** The delegation with the smallest margin, or {@code null} when there is none. */
    public String smallestMarginDelegation() {
        String best = null;
        for (Map.Entry<String, Double> e : margins.entrySet()) {
            if (best == null || e.getValue() < margins.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
