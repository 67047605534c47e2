/** The local engine: the protocol played in-process, the fast path for experiments. */
package org.plenary.engine.local;
