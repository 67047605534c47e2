/** Monte Carlo experiments on the local engine: many runs, streaming statistics, any thread count. */
package org.plenary.experiment.montecarlo;
