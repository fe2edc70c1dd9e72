package org.convscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command {@code convscope}; the work is done by its subcommands. Run without a subcommand it prints
 * its usage and fails, since {@code convscope} with no arguments at all opens the desktop app instead.
 */
@Command(name = "convscope",
        mixinStandardHelpOptions = true,
        subcommands = {ConvolveCommand.class, GeometryCommand.class, RfCommand.class, ParamsCommand.class,
                NetworkCommand.class},
        versionProvider = ConvScopeCommand.Version.class,
        description = "Runs convolutions and shape calculations of ConvScope from the command line.%n"
                + "Without arguments, or with only --lang and --sample, convscope opens the desktop app.",
        footer = {"%nA view of the app as a PNG, without a window or a display (snapshot --help):",
                "  convscope snapshot --view NAME [--lang en|ko] [--scale 1|2] OUT.png"})
public final class ConvScopeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * Parses {@code args}, runs the chosen command and returns its exit code: 0 on success, 2 for a usage error
     * (an unknown option, an impossible geometry), 1 when the work itself failed (an unreadable image).
     * Errors are one line on standard error, never a stack trace.
     */
    public static int run(String... args) {
        // The commands print what they did (the engine too); the log's routine INFO lines would only be noise here.
        Logger.getLogger("").setLevel(Level.WARNING);
        return commandLine().execute(args);
    }

    /** The command with ConvScope's error handling, for callers that redirect its output. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ConvScopeCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(CliErrors::usageError)
                .setExecutionExceptionHandler(CliErrors::executionError);
        ConvolveCommand.listKernels(cmd.getSubcommands().get("convolve"));
        return cmd;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * The version from the Maven metadata packed into the jar; a build run from {@code target/classes}
     * has none and says so.
     */
    static final class Version implements CommandLine.IVersionProvider {

        private static final String POM_PROPERTIES = "/META-INF/maven/org.convscope/convscope/pom.properties";

        @Override
        public String[] getVersion() throws IOException {
            try (InputStream in = ConvScopeCommand.class.getResourceAsStream(POM_PROPERTIES)) {
                if (in == null) {
                    return new String[] {"convscope (development build, not packaged)"};
                }
                Properties pom = new Properties();
                pom.load(in);
                return new String[] {"convscope " + pom.getProperty("version")};
            }
        }
    }
}
