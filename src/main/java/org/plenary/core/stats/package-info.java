/** Statistics of Monte Carlo results: proportions with Wilson intervals, means, fixed-grid histograms. */
package org.plenary.core.stats;
