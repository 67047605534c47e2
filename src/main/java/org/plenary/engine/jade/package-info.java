/**
 * The JADE engine: every negotiating delegation is a JADE agent and the chair is an agent; they
 * speak FIPA-ACL with JSON content in the {@value org.plenary.engine.jade.MessageCodec#ONTOLOGY}
 * ontology, and decide by calling the same core code as the local engine.
 *
 * <p>Agents live as long as the engine (one in-process platform, reused across runs): a
 * delegation agent is created the first time a run needs its delegation and is briefed afresh
 * (its preferences, seed and run, conversation id) before every run.
 */
package org.plenary.engine.jade;
