/**
 * Distributed experiments on a JADE platform spread over several processes and machines: a
 * coordinator agent on the main container hands out work units (sweep points, Monte Carlo chunks)
 * to worker agents on peripheral containers and collects each unit's result as ACL content.
 *
 * <p>Units and results are opaque text here: what a unit means, how it is computed and how results
 * are merged belongs to the outer layers, which merge in the same order as a run on one machine.
 * The coordinator learns of dead workers from the AMS (dead agents, removed containers) and of
 * silent ones from missing heartbeats; their units in flight are handed out again, and a result
 * that arrives twice counts once.
 */
package org.plenary.engine.jade.distributed;
