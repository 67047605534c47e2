/**
 * Charts of runs, Monte Carlo experiments, sweeps and sensitivity analyses, drawn with XChart and
 * encoded as PNG or SVG. Readable defaults (titles, axis labels with units, fonts of at least
 * 12 px at 1000×600) and one colour per delegation that every chart of a scenario shares.
 */
package org.plenary.io.chart;
