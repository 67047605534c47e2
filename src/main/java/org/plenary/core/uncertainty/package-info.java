/**
 * Uncertain inputs: which fields vary between Monte Carlo runs, how they are drawn, and the
 * per-run redraw of a worker's private copy of the compiled scenario.
 */
package org.plenary.core.uncertainty;
