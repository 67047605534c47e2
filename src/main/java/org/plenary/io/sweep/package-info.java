/**
 * Sweep files: the sweep specification (read and validated like scenarios) and the points tables,
 * appended durably as points complete so that an interrupted sweep resumes where it stopped.
 */
package org.plenary.io.sweep;
