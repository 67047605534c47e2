/**
 * The mediated single-negotiating-text protocol (DESIGN §2): utility, aspiration, acceptance,
 * the chair's draft and amendments, dropping contested clauses, the closing vote, and the record
 * of a run. Pure: no files, terminal or agent platform.
 */
package org.plenary.core.protocol;
