/**
 * Backtests: plays each history case by Monte Carlo and computes the baselines on its scenario,
 * then scores both against the case's observed outcome.
 */
package org.plenary.experiment.backtest;
