/**
 * The domain model: scenarios, clauses, delegations and their stances, protocol settings.
 * Plain immutable values; nothing here reads files or knows of any engine.
 */
package org.plenary.core.model;
