package org.plenary.core.model;

/**
 * Settings of the mediated single-text protocol.
 *
 * @param maxRounds          number of rounds T, at least 1
 * @param loss               linear or quadratic loss
 * @param temperature        τ ≥ 0 of the logistic acceptance; 0 accepts deterministically
 * @param mediatorStep       λ, the share of the way the chair moves toward objectors, 0–1
 * @param dropContestedAfter drop a clause after this many consecutive rounds in which a red line
 *                           on it was crossed; 0 never drops
 * @param decisionRule       fallback when no consensus is reached
 * @param threshold          share of votes cast needed to adopt under {@link DecisionRule#MAJORITY}, in (0, 1]
 */
public record Protocol(int maxRounds, Loss loss, double temperature, double mediatorStep,
                       int dropContestedAfter, DecisionRule decisionRule, double threshold) {

    /**
     * Most rounds a scenario may ask for ({@code protocol.maxRounds}), and so the most any option
     * overriding it may: a run keeps a record per round.
     */
    public static final int MAX_ROUNDS = 10_000;

    /** Defaults documented in the scenario format: 30 rounds, quadratic, τ 0, λ 0.5, never drop, consensus, 2/3. */
    public static Protocol defaults() {
        return new Protocol(30, Loss.QUADRATIC, 0.0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3.0);
    }

    /** A copy with a different number of rounds. */
    public Protocol withMaxRounds(int rounds) {
        return new Protocol(rounds, loss, temperature, mediatorStep, dropContestedAfter, decisionRule, threshold);
    }
}
