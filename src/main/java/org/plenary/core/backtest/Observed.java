package org.plenary.core.backtest;

import java.util.List;
import java.util.Optional;

/**
 * The public record of how a past negotiation ended: what a backtest scores the forecast against.
 * It is read from a history scenario's {@code observed} section into this record and never into the
 * {@link org.plenary.core.model.Scenario}, so no observed value can reach the model's input.
 *
 * @param adopted         date of adoption (ISO 8601), or of the session that failed to adopt
 * @param forum           the forum's decision rule as written ({@code consensus-only},
 *                        {@code general-assembly}, {@code chair-summary})
 * @param document        symbol of the adopted document, e.g. {@code A/RES/78/265} (may be empty)
 * @param outcome         the outcome class
 * @param vote            the recorded vote when the outcome is {@link ObservedOutcome#ADOPTED_BY_VOTE}
 * @param reservations    who dissociated from what, under {@link ObservedOutcome#CONSENSUS_WITH_RESERVATIONS}
 * @param outcomeEvidence where the outcome is recorded
 * @param positions       the adopted text per clause, in the order of the scenario's clauses
 * @param notes           anything a reader should know about the coding (may be empty)
 */
public record Observed(String adopted, String forum, String document, ObservedOutcome outcome,
                       Optional<RecordedVote> vote, List<Reservation> reservations, Evidence outcomeEvidence,
                       List<ObservedPosition> positions, String notes) {

    public Observed {
        reservations = List.copyOf(reservations);
        positions = List.copyOf(positions);
        if (vote.isPresent() != (outcome == ObservedOutcome.ADOPTED_BY_VOTE)) {
            throw new IllegalArgumentException("a recorded vote goes with, and only with, adoption by vote");
        }
    }

    /** The observed position of clause {@code clauseId}, if the section codes it. */
    public Optional<ObservedPosition> position(String clauseId) {
        return positions.stream().filter(p -> p.clauseId().equals(clauseId)).findFirst();
    }
}
