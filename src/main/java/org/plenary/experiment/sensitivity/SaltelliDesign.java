package org.plenary.experiment.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sample of Saltelli et al. (2010): two N × d matrices A and B and, for each input i, the
 * matrix A_B^(i) (A with its column i taken from B), N·(d + 2) points of the unit hypercube in all.
 *
 * <p>Rows of A and B come from one Sobol sequence of dimension 2d (A its first d coordinates, B the
 * last d), skipping the sequence's first point (the origin), as Saltelli et al. recommend.
 *
 * <p>Points are numbered in blocks of N: block 0 is A, block 1 is B, block 2 + i is A_B^(i); point
 * {@code block·N + j} is row j of its block. The design is deterministic: it has no seed.
 *
 * <p>Reference: A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola (2010),
 * Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index, Computer Physics Communications 181(2), 259–270.
 */
public final class SaltelliDesign {

    private final int dimensions;
    private final int baseSize;
    private final SobolSequenceGenerator sobol;

    /**
     * The design for {@code dimensions} inputs and {@code baseSize} rows of A and B.
     *
     * @param dimensions d ≥ 1 (at most 10,600: the Sobol sequence has 21,201 dimensions)
     * @param baseSize   N ≥ 2; a power of two balances the Sobol sequence best
     */
    public SaltelliDesign(int dimensions, int baseSize) {
        if (dimensions < 1 || 2 * dimensions > 21201) {
            throw new IllegalArgumentException("dimensions must be 1..10600: " + dimensions);
        }
        if (baseSize < 2) {
            throw new IllegalArgumentException("base size must be at least 2: " + baseSize);
        }
        if ((long) baseSize * (dimensions + 2) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("N·(d + 2) = " + (long) baseSize * (dimensions + 2) + " points");
        }
        this.dimensions = dimensions;
        this.baseSize = baseSize;
        // Rows are computed when asked for (skipTo gives element j + 1 by the same sums as stepping
        // through the sequence): a large design holds no matrix.
        this.sobol = new SobolSequenceGenerator(2 * dimensions);
    }

    /** Number of inputs d. */
    public int dimensions() {
        return dimensions;
    }

    /** Rows N of A and of B. */
    public int baseSize() {
        return baseSize;
    }

    /** Number of points N·(d + 2). */
    public int size() {
        return baseSize * (dimensions + 2);
    }

    /** Point {@code index} (see the numbering above), a fresh array of d coordinates in [0, 1). */
    public double[] point(int index) {
        int block = index / baseSize;
        int j = index % baseSize;
        if (index < 0 || block - 2 >= dimensions) {
            throw new IndexOutOfBoundsException(index);
        }
        double[] row;
        synchronized (sobol) {
            row = sobol.skipTo(j + 1); // the origin is element 0
        }
        if (block == 0) {
            return java.util.Arrays.copyOfRange(row, 0, dimensions);
        }
        if (block == 1) {
            return java.util.Arrays.copyOfRange(row, dimensions, 2 * dimensions);
        }
        double[] p = java.util.Arrays.copyOfRange(row, 0, dimensions);
        p[block - 2] = row[dimensions + block - 2];
        return p;
    }
}
