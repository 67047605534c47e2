/**
 * Keyed random streams: every random value of a run comes from a stream addressed by
 * (seed, run, delegation, purpose), passed in explicitly.
 */
package org.plenary.core.random;
