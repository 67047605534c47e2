/**
 * Sweeps: a design of points in the space of chosen scenario fields, a Monte Carlo experiment per
 * point, run in parallel with results that do not depend on the thread count or on which points
 * were run before an interruption.
 */
package org.plenary.experiment.sweep;
