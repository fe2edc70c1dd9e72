package org.convscope.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the launcher in a fresh JVM, as {@code java -jar convscope.jar ...} would. */
class LauncherTest {

    private record Run(int exitCode, String output) {
    }

    @Test
    void commandLinePathLoadsNoJavaFxClass() throws Exception {
        Run run = launch("-verbose:class", "--version");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().lines().anyMatch(l -> l.startsWith("convscope ")), run.output());
        // The class-loading log is there (so an empty result below means something) ...
        assertTrue(run.output().contains("[class,load] org.convscope.cli.ConvScopeCommand "), run.output());
        // ... and names no JavaFX class.
        List<String> javafx = run.output().lines()
                .filter(l -> l.contains("[class,load] javafx.") || l.contains("[class,load] com.sun.javafx."))
                .map(l -> l.substring(l.indexOf("[class,load] ") + 13).split(" ")[0])
                .limit(5)
                .toList();
        assertEquals(List.of(), javafx, "JavaFX classes loaded on the command-line path (first 5)");
    }

    @Test
    void badAppOptionExitsWithUsageErrorAndSaysWhy() throws Exception {
        Run run = launch(null, "--lang", "fr");

        assertEquals(2, run.exitCode());
        assertEquals("convscope: ConvScope speaks English (en) and Korean (ko); '--lang fr' is neither",
                run.output().strip());
    }

    private static Run launch(String jvmOption, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (jvmOption != null) {
            command.add(jvmOption);
        }
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        // A guard against a hung child, not a timing assertion.
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit; output so far:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }
}
