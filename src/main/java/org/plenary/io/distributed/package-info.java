/**
 * What a distributed run sends over the JADE platform: the job (the specification and scenario as
 * text, never a path), the description of each unit, and each unit's result; and how a worker turns
 * a job into the work of its units with the same experiment code as a run on one machine.
 */
package org.plenary.io.distributed;
