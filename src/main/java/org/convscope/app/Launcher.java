package org.convscope.app;

import java.util.List;
import java.util.Optional;

import org.convscope.cli.ConvScopeCommand;

/**
 * The main class of the jar and of {@code mvn javafx:run}: starts the desktop app or runs the command line.
 *
 * <p>The rule: when every argument is an app option ({@code --lang en|ko}, {@code --sample NAME}), or there are
 * none, the window opens. Anything else ({@code convscope conv ...}, {@code --help}, {@code --version}, an unknown
 * option) goes to the picocli command, which prints its own help and errors. The command-line path loads no
 * JavaFX class, so it runs on a server without a display or JavaFX natives. {@code convscope snapshot ...} draws
 * a view with a headless JavaFX ({@link SnapshotCommand}), which needs the natives but no display.
 *
 * <p>Not an {@code Application} subclass on purpose: a main class that extends {@code Application} makes the
 * launcher demand JavaFX on the module path, which a plain {@code java -jar} does not give.
 */
public final class Launcher {

    /** Exit code for a bad app option, the same that picocli uses for a usage error. */
    private static final int USAGE_ERROR = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(SnapshotOptions.COMMAND)) {
            System.exit(snapshot(List.of(args).subList(1, args.length)));
            return;
        }
        boolean desktop;
        try {
            desktop = AppOptions.parse(List.of(args)).isPresent();
        } catch (IllegalArgumentException e) {
            System.err.println("convscope: " + e.getMessage());
            System.exit(USAGE_ERROR);
            return;
        }
        if (desktop) {
            FxLauncher.launch(args);
        } else {
            System.exit(ConvScopeCommand.run(args));
        }
    }

    /** {@code convscope snapshot ...}: options read without JavaFX, so that a mistake costs no toolkit start. */
    private static int snapshot(List<String> args) {
        Optional<SnapshotOptions> options;
        try {
            options = SnapshotOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("convscope snapshot: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (options.isEmpty()) {
            System.out.print(SnapshotOptions.USAGE);
            return 0;
        }
        return SnapshotCommand.run(options.get());
    }
}
