package org.plenary.core.baseline;

import java.util.List;

/**
 * The course of one run of the {@link ExpectedUtilityModel} on one issue: the actors' positions
 * after every round and the offers they accepted.
 */
public final class ChallengeRun {

    private final double[][] positions;
    private final double[] weights;
    private final List<ExpectedUtilityModel.Move> moves;
    private final double fallback;

    ChallengeRun(double[][] positions, double[] capabilities, double[] saliences,
                 List<ExpectedUtilityModel.Move> moves, double fallback) {
        this.positions = positions;
        this.weights = new double[capabilities.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = capabilities[i] * saliences[i];
        }
        this.moves = List.copyOf(moves);
        this.fallback = fallback;
    }

    /** Number of rounds run. */
    public int rounds() {
        return positions.length - 1;
    }

    /** Number of actors. */
    public int actors() {
        return weights.length;
    }

    /** The positions after round {@code t} (0: the initial positions). */
    public double[] positions(int t) {
        return positions[t].clone();
    }

    /** Every accepted offer, by round and actor. */
    public List<ExpectedUtilityModel.Move> moves() {
        return moves;
    }

    /** Weighted mean (weights c·s) of the positions after round t; the fallback with no weight. */
    public double mean(int t) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < weights.length; i++) {
            num += weights[i] * positions[t][i];
            den += weights[i];
        }
        return den > 0 ? num / den : fallback;
    }

    /** Weighted median (weights c·s, ties as in {@link WeightedMedian}) of the positions after round t. */
    public double median(int t) {
        return WeightedMedian.of(positions[t], weights, fallback);
    }

    /** The model's forecast: the weighted median after the last round. */
    public double forecast() {
        return median(rounds());
    }
}
