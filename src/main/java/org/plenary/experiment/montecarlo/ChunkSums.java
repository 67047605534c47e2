package org.plenary.experiment.montecarlo;

/**
 * Real-valued sums of one chunk of runs. Floating-point addition is not associative, so chunks
 * (fixed blocks of run indices, the same for any thread count) are summed separately and then added
 * in chunk order: the totals are bit-identical whatever the number of threads.
 *
 * <p>Gains are summed as they are (they lie in [−1, 1] around 0); positions as deviations from 50
 * so that the sum of squares stays accurate.
 */
final class ChunkSums {

    static final double POSITION_SHIFT = 50;

    final double[] gain;
    final double[] gainSquares;
    final double[] margin;
    final double[] marginSquares;
    final double[] position;
    final double[] positionSquares;
    double rounds;
    double roundsSquares;

    ChunkSums(int delegations, int clauses) {
        gain = new double[delegations];
        gainSquares = new double[delegations];
        margin = new double[delegations];
        marginSquares = new double[delegations];
        position = new double[clauses];
        positionSquares = new double[clauses];
    }

    void addGain(int i, double g) {
        gain[i] += g;
        gainSquares[i] += g * g;
    }

    void addMargin(int i, double m) {
        margin[i] += m;
        marginSquares[i] += m * m;
    }

    void addPosition(int c, double p) {
        double d = p - POSITION_SHIFT;
        position[c] += d;
        positionSquares[c] += d * d;
    }

    void addRounds(int r) {
        rounds += r;
        roundsSquares += (double) r * r;
    }

    void clear() {
        java.util.Arrays.fill(gain, 0);
        java.util.Arrays.fill(gainSquares, 0);
        java.util.Arrays.fill(margin, 0);
        java.util.Arrays.fill(marginSquares, 0);
        java.util.Arrays.fill(position, 0);
        java.util.Arrays.fill(positionSquares, 0);
        rounds = 0;
        roundsSquares = 0;
    }

    void add(ChunkSums o) {
        for (int i = 0; i < gain.length; i++) {
            gain[i] += o.gain[i];
            gainSquares[i] += o.gainSquares[i];
            margin[i] += o.margin[i];
            marginSquares[i] += o.marginSquares[i];
        }
        for (int c = 0; c < position.length; c++) {
            position[c] += o.position[c];
            positionSquares[c] += o.positionSquares[c];
        }
        rounds += o.rounds;
        roundsSquares += o.roundsSquares;
    }
}
