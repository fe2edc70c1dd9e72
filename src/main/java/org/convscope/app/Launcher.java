package org.convscope.app;

import java.util.List;

import org.convscope.cli.ConvScopeCommand;

/**
 * The main class of the jar and of {@code mvn javafx:run}: starts the desktop app or runs the command line.
 *
 * <p>The rule: when every argument is an app option ({@code --lang en|ko}, {@code --sample NAME}), or there are
 * none, the window opens. Anything else ({@code convscope conv ...}, {@code --help}, {@code --version}, an unknown
 * option) goes to the picocli command, which prints its own help and errors. The command-line path loads no
 * JavaFX class, so it runs on a server without a display or JavaFX natives.
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
}
