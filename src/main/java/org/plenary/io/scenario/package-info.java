/**
 * Reading scenario files (YAML or JSON) into the core model, with every problem of a bad file
 * reported at once, each with its line, column and field path.
 *
 * <p>Entry point: {@link org.plenary.io.scenario.ScenarioReader#read(java.nio.file.Path)}. Scenario
 * files are untrusted (students share them): sizes are bounded, aliases are limited, no tag can
 * make the reader instantiate a class, and user text is escaped in every message.
 *
 * <p>The located tree ({@link org.plenary.io.scenario.SourceNode} from {@link org.plenary.io.scenario.YamlTree}
 * or {@link org.plenary.io.scenario.JsonTree}), {@link org.plenary.io.scenario.Problems} and the field checks
 * ({@link org.plenary.io.scenario.FieldReader}, {@link org.plenary.io.scenario.Expect}) are public so that
 * other files that name scenario fields, such as sweep specifications, are read and reported the same way.
 */
package org.plenary.io.scenario;
