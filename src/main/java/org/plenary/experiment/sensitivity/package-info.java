/**
 * Variance-based global sensitivity analysis: Sobol first-order and total-effect indices of a model
 * of the unit hypercube, from Saltelli's sampling scheme, with bootstrap confidence intervals.
 * Pure: the model is any function of a point, the random resampling is seeded.
 */
package org.plenary.experiment.sensitivity;
