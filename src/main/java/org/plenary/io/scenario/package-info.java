/**
 * Reading scenario files (YAML or JSON) into the core model, with every problem of a bad file
 * reported at once, each with its line, column and field path.
 *
 * <p>Entry point: {@link org.plenary.io.scenario.ScenarioReader#read(java.nio.file.Path)}. Every
 * field is described once, in {@link org.plenary.io.scenario.ScenarioFields}; the reader, the
 * {@link org.plenary.io.scenario.FieldPath field paths} of sweeps and uncertainty sections, the
 * schema, the format's tables and the classroom form follow it. Scenario files are untrusted
 * (students share them): the bounded reading is {@link org.plenary.io.source}'s.
 */
package org.plenary.io.scenario;
