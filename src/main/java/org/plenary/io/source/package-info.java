/**
 * Untrusted input files, whatever they hold: read as bounded UTF-8 text ({@link org.plenary.io.source.SourceText}),
 * turned into a tree whose every node knows its line and column ({@link org.plenary.io.source.YamlTree},
 * {@link org.plenary.io.source.JsonTree}, {@link org.plenary.io.source.SourceNode}), and checked field by field
 * ({@link org.plenary.io.source.FieldReader}, {@link org.plenary.io.source.Expect}) into
 * {@link org.plenary.io.source.Problems} that name the file, line, column and field path.
 *
 * <p>Scenarios, history cases and sweep specifications are read through it, so that each is bounded
 * and reported the same way; a {@link org.plenary.io.source.SourceKind} gives each its limit and its
 * words. Nothing here knows what a scenario is.
 */
package org.plenary.io.source;
