/**
 * Explaining a Monte Carlo: which inputs move P(consensus) most (a one-at-a-time screening with common
 * random numbers) and how many consensus outcomes hang on a small margin.
 */
package org.plenary.experiment.explain;
