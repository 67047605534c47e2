/**
 * Reading scenario files (YAML or JSON) into the core model, with every problem of a bad file
 * reported at once, each with its line, column and field path.
 *
 * <p>Entry point: {@link org.plenary.io.scenario.ScenarioReader#read(java.nio.file.Path)}. Scenario
 * files are untrusted (students share them): sizes are bounded, aliases are limited, no tag can
 * make the reader instantiate a class, and user text is escaped in every message.
 */
package org.plenary.io.scenario;
