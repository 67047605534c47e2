package org.plenary.experiment.sensitivity;

/**
 * The Sobol indices of one input with their bootstrap confidence intervals. NaN when the output
 * does not vary at all (its variance is 0, so no share of it can be attributed).
 *
 * @param input   index of the input (0-based, in the order of the design's coordinates)
 * @param s1      first-order index S_i: the share of the output's variance due to input i alone
 * @param s1Lower lower bound of S_i's interval
 * @param s1Upper upper bound of S_i's interval
 * @param st      total-effect index S_Ti: the share due to input i with all its interactions
 * @param stLower lower bound of S_Ti's interval
 * @param stUpper upper bound of S_Ti's interval
 */
public record SobolIndex(int input, double s1, double s1Lower, double s1Upper, double st, double stLower,
                         double stUpper) {
}
