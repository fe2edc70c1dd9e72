package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The geometry, rf and params commands print the lecture note's and the literature's figures. */
class ShapeCommandsTest {

    @Test
    void geometryPrintsTheNotesFiveByFiveExampleWithItsFormula() {
        CliRun run = CliRun.of("geometry", "--input", "48", "--kernel", "5", "--padding", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("output 44x44", run.line("output"));
        assertEquals("w_out = w_in - k + 1 + 2p = 48 - 5 + 1 + 2·0 = 44", run.line("w_out"));
        assertEquals("rows:    floor((48 + 0 + 0 - 1·(5 - 1) - 1) / 1) + 1 = 44", run.line("rows:"));
    }

    @Test
    void samePaddingWithAnEvenKernelSaysWhereTheExtraCellGoes() {
        CliRun run = CliRun.of("geometry", "--input", "7", "--kernel", "4", "--padding", "same");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("output 7x7", run.line("output"));
        assertTrue(run.out().contains("padding same (top 1, bottom 2, left 1, right 2)"), run.out());
        assertTrue(run.out().contains("p = d(k-1)/2 = 1.5 per side"), run.out());
        assertFalse(run.out().contains("w_out ="), "the simple formula needs equal padding on both sides");
    }

    @Test
    void strideThatLeavesRowsUnreadNamesThem() {
        // 10 cells, kernel 3, stride 4: windows start at 0 and 4 and read 0-2 and 4-6; 3, 7, 8, 9 stay unread.
        CliRun run = CliRun.of("geometry", "--input", "10", "--kernel", "3", "--stride", "4");
        assertEquals("output 2x2", run.line("output"));
        assertEquals("4 input rows are never read: 3, 7, 8, 9", run.line("4 input rows"));
    }

    @Test
    void impossibleGeometryIsOneLineAndExitCodeTwo() {
        CliRun run = CliRun.of("geometry", "--input", "5", "--kernel", "9", "--padding", "1");
        assertEquals(2, run.exitCode());
        assertEquals("convscope geometry: a 9x9 kernel does not fit in a 5x5 input padded by 1 (7x7):"
                + " use a smaller kernel or dilation, or more padding", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void usageErrorsAreOneLineWithAPointerToHelp() {
        for (List<String> args : List.of(List.of("geometry", "--input", "48"),
                List.of("geometry", "--input", "4x", "--kernel", "3"),
                List.of("rf", "--input", "5", "--layers", "conv"),
                List.of("params", "--in-channels", "3", "--out-channels", "8", "--kernel", "3", "--groups", "2"),
                List.of("geometry", "--input", "9", "--kernel", "3", "--padding", "half"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args.toString());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void rfReproducesAlexNetsPublishedReceptiveField() {
        // Araujo, Norris, Sim, "Computing Receptive Fields of Convolutional Neural Networks", Distill 2019:
        // AlexNet's pool5 has a receptive field of 195 pixels and an effective stride of 32.
        CliRun run = CliRun.of("rf", "--input", "227", "--layers",
                "conv11s4,pool3s2,conv5p2,pool3s2,conv3p1,conv3p1,conv3p1,pool3s2");
        assertEquals(0, run.exitCode(), run.err());
        List<String> last = List.of(run.line("8").split("\\s+"));
        assertEquals(List.of("8", "pool3s2", "6x6", "195", "32", "33"), last);
        assertEquals(List.of("1", "conv11s4", "55x55", "11", "4", "5"), List.of(run.line("1 ").split("\\s+")));
    }

    @Test
    void paramsGivesTheNotesThreeByThreeAndOneByOneCounts() {
        CliRun threeByThree = CliRun.of("params", "--in-channels", "256", "--out-channels", "128", "--kernel", "3");
        assertEquals("weights: 3 x 3 x 256 x 128 = 294,912", threeByThree.line("weights"));
        CliRun oneByOne = CliRun.of("params", "--in-channels", "256", "--out-channels", "128", "--kernel", "1",
                "--no-bias", "--input", "11");
        assertEquals("weights: 1 x 1 x 256 x 128 = 32,768", oneByOne.line("weights"));
        assertEquals("biases:  0", oneByOne.line("biases"));
        assertEquals("output:  256x11x11 -> 128x11x11 (channels x height x width)", oneByOne.line("output"));
        assertEquals("multiply-accumulates: " + String.format(java.util.Locale.ROOT, "%,d", 11 * 11 * 32_768),
                oneByOne.line("multiply-accumulates"));
    }
}
