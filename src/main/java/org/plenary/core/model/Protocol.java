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
 * @param threshold          share of yes over yes + no needed to adopt by vote, in (0, 1]
 * @param forum              the forum's rules, or {@code null} for the first protocol (today's
 *                           behaviour: {@code decisionRule} decides at the end, objections veto)
 * @param abstentionBand     h ≥ 0: a delegation abstains in a vote when |U(text) − BATNA| ≤ h and no
 *                           red line is crossed; 0: nobody abstains
 * @param resistance         ρ in [0, 1): the resistance point R = BATNA + ρ(1 − BATNA) to which the
 *                           aspiration falls (0: the BATNA, today's behaviour)
 */
public record Protocol(int maxRounds, Loss loss, double temperature, double mediatorStep,
                       int dropContestedAfter, DecisionRule decisionRule, double threshold,
                       Forum forum, double abstentionBand, double resistance) {

    /** The first protocol's settings: no forum, nobody abstains, aspirations fall to the BATNA. */
    public Protocol(int maxRounds, Loss loss, double temperature, double mediatorStep, int dropContestedAfter,
                    DecisionRule decisionRule, double threshold) {
        this(maxRounds, loss, temperature, mediatorStep, dropContestedAfter, decisionRule, threshold, null, 0, 0);
    }

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
        return new Protocol(rounds, loss, temperature, mediatorStep, dropContestedAfter, decisionRule, threshold,
                forum, abstentionBand, resistance);
    }

    /** A copy with another forum ({@code null}: the first protocol). */
    public Protocol withForum(Forum f) {
        return new Protocol(maxRounds, loss, temperature, mediatorStep, dropContestedAfter, decisionRule, threshold,
                f, abstentionBand, resistance);
    }

    /** A copy with another abstention band. */
    public Protocol withAbstentionBand(double h) {
        return new Protocol(maxRounds, loss, temperature, mediatorStep, dropContestedAfter, decisionRule, threshold,
                forum, h, resistance);
    }

    /** A copy with another resistance share ρ. */
    public Protocol withResistance(double rho) {
        return new Protocol(maxRounds, loss, temperature, mediatorStep, dropContestedAfter, decisionRule, threshold,
                forum, abstentionBand, rho);
    }
}
