/** The classroom report: one self-contained, escaped HTML page with inline SVG charts. */
package org.plenary.io.report;
