package org.convscope.cli;

import java.io.IOException;
import java.util.concurrent.CancellationException;

import org.convscope.io.ImageLoadException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** How the command line reports a mistake: one line on standard error that says what to change, and an exit code. */
final class CliErrors {

    private CliErrors() {
    }

    /** A command line picocli could not read: exit 2, with a pointer to the command's help. */
    static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println(prefix(cmd) + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        cmd.getErr().flush();
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * A command that failed while running. Values that cannot work together (a kernel larger than the padded
     * image, a ragged custom kernel) are usage errors, exit 2; a file that cannot be read or written is exit 1.
     */
    static int executionError(Exception e, CommandLine cmd, ParseResult parsed) {
        int code;
        String message;
        if (e instanceof IllegalArgumentException) {
            code = CommandLine.ExitCode.USAGE;
            message = e.getMessage();
        } else if (e instanceof ImageLoadException || e instanceof IOException) {
            code = CommandLine.ExitCode.SOFTWARE;
            message = e.getMessage();
        } else if (e instanceof CancellationException) {
            code = CommandLine.ExitCode.SOFTWARE;
            message = "cancelled";
        } else {
            code = CommandLine.ExitCode.SOFTWARE;
            message = "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        cmd.getErr().println(prefix(cmd) + message);
        cmd.getErr().flush();
        return code;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }
}
