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

    /**
     * Every sum as one flat array, for a chunk computed in another process ({@link ChunkTally}). A
     * field added to this class must be added here and in {@link #fromSums}.
     */
    double[] toSums() {
        double[] d = new double[sumsLength(gain.length, position.length)];
        int k = 0;
        for (double[] a : arrays()) {
            System.arraycopy(a, 0, d, k, a.length);
            k += a.length;
        }
        d[k++] = rounds;
        d[k] = roundsSquares;
        return d;
    }

    /** Sets the sums from an array written by {@link #toSums} of sums of the same shape. */
    void fromSums(double[] d) {
        int k = 0;
        for (double[] a : arrays()) {
            System.arraycopy(d, k, a, 0, a.length);
            k += a.length;
        }
        rounds = d[k++];
        roundsSquares = d[k];
    }

    private double[][] arrays() {
        return new double[][] {gain, gainSquares, margin, marginSquares, position, positionSquares};
    }

    /** Length of {@link #toSums} for sums of this shape. */
    static int sumsLength(int delegations, int clauses) {
        return 4 * delegations + 2 * clauses + 2;
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
