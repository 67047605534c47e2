/** The command line: picocli commands, options and exit codes. Nothing below this package knows picocli. */
package org.plenary.cli;
