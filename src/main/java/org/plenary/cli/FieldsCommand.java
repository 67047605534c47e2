package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.io.fields.FieldForm;
import org.plenary.io.fields.ScenarioSchema;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code plenary fields [SCENARIO] [--format json|schema]}: the description of every scenario field, for web
 * pages that build forms and sliders from it (json) or for editors (the JSON Schema). Hidden from
 * the command list: it serves programs, not readers.
 */
@Command(name = "fields", hidden = true, mixinStandardHelpOptions = true,
        header = "Prints the description of every scenario field.",
        description = "Prints every scenario field with its type, range or choices, default, unit and description: "
            + "as a form description (json, shape plenary-fields/1; with a SCENARIO also each of its field paths "
            + "with its value) or as the scenario JSON Schema (schema).",
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

    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "With json: also every field path of this scenario with its value there.")
    Path scenario;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (scenario != null && format == Format.schema) {
            throw new InputException(List.of("--format schema takes no scenario: the schema is the same for every one"));
        }
        out.print(format == Format.schema ? ScenarioSchema.text()
                : scenario == null ? FieldForm.json()
                : FieldForm.json(ScenarioFiles.load(scenario, spec.commandLine().getErr())));
        out.flush();
        return ExitCode.OK;
    }
}
