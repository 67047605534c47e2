package org.plenary.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.plenary.io.fields.FieldForm;
import org.plenary.io.fields.ScenarioSchema;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code plenary fields [--format json|schema]}: the description of every scenario field, for web
 * pages that build forms and sliders from it (json) or for editors (the JSON Schema). Hidden from
 * the command list: it serves programs, not readers.
 */
@Command(name = "fields", hidden = true, mixinStandardHelpOptions = true,
        header = "Prints the description of every scenario field.",
        description = "Prints every scenario field with its type, range or choices, default, unit and description: "
            + "as a form description (json, shape plenary-fields/1) or as the scenario JSON Schema (schema).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:invalid command line"})
final class FieldsCommand implements Callable<Integer> {

    /** What to print. */
    enum Format { json, schema }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (form description) or schema (JSON Schema). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? FieldForm.json() : ScenarioSchema.text());
        out.flush();
        return ExitCode.OK;
    }
}
