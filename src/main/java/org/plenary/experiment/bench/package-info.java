/** Speed measurements of the local engine, for the {@code bench} command. */
package org.plenary.experiment.bench;
