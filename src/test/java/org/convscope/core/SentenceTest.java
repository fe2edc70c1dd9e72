package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.Locale;

import org.convscope.core.rf.LayerSpec;
import org.junit.jupiter.api.Test;

/** Sentences read in English (as getMessage() and the CLI give them) and in Korean (as the app shows them). */
class SentenceTest {

    @Test
    void aRefusedGeometryReadsTheSameInEnglishAsBeforeAndInKoreanForTheWindow() {
        Refusal refusal = assertThrows(Refusal.class,
                () -> ConvGeometry.of(5, 5, 9, 9, 1, 1, Padding.uniform(1)));

        // The sentence of STYLE.md, written by hand there.
        assertEquals("a 9x9 kernel does not fit in a 5x5 input padded by 1 (7x7): use a smaller kernel or dilation,"
                + " or more padding", refusal.getMessage());
        assertEquals("9x9 커널은 패딩 1을(를) 더한 5x5 입력(7x7) 안에 들어가지 않습니다. 커널이나 팽창을 줄이거나 패딩을 늘리세요",
                refusal.sentence().in(Locale.KOREAN));
        assertEquals(refusal.getMessage(), refusal.sentence().in(Locale.ENGLISH));
        assertEquals(refusal.getMessage(), refusal.sentence().in(Locale.FRENCH));
    }

    @Test
    void aKoreanRegionalLocaleReadsKorean() {
        Sentence s = Sentence.of("padding.missing");
        assertEquals("패딩이 정해지지 않았습니다", s.in(Locale.KOREA));
        assertEquals("padding is missing", s.in(Locale.US));
    }

    @Test
    void aNestedSentenceIsReadInTheSameLanguage() {
        Refusal refusal = assertThrows(Refusal.class, () -> ConvGeometry.valid(5, 5, 3, 3, 0, 1));
        assertEquals("the stride must be at least 1, not 0", refusal.getMessage());
        assertEquals("스트라이드 값은 1 이상이어야 합니다. 지금은 0입니다", refusal.sentence().in(Locale.KOREAN));
    }

    @Test
    void aLayerRefusalCarriesTheRefusalItWrapsInBothLanguages() {
        Refusal refusal = assertThrows(Refusal.class, () -> LayerSpec.parseStack("conv3,conv3d0"));
        assertEquals("layer 2 'conv3d0': the dilation must be between 1 and 1024, not 0", refusal.getMessage());
        assertEquals("2번째 층 'conv3d0': 팽창(dilation) 값은 1부터 1024까지여야 합니다. 지금은 0입니다",
                refusal.sentence().in(Locale.KOREAN));
    }

    @Test
    void argumentsAreWrittenAsTheCliWritesThemWithApostrophesAndBracesLeftAlone() {
        Sentence s = Sentence.of("library.notANumber", "x{1}", 2);
        assertEquals("'x{1}' in row 2 is not a number; write numbers like 2, -0.5 or 1/9", s.english());
        // No digit grouping in either language: the number reads as the CLI prints it.
        assertEquals("25000000 pixels", Sentence.of("image.pixels", 25_000_000L).english());
        assertEquals("25000000픽셀", Sentence.of("image.pixels", 25_000_000L).in(Locale.KOREAN));
    }

    @Test
    void fromFindsTheSentenceOfAWrappedFailureOrKeepsAPlainMessage() {
        Refusal inner = Refusal.of("padding.missing");
        assertEquals(inner.sentence(), Sentence.from(new UncheckedIOException("io", new java.io.IOException(inner))));
        Sentence plain = Sentence.from(new ArithmeticException("long overflow"));
        assertEquals("long overflow", plain.in(Locale.KOREAN));
        assertInstanceOf(IllegalArgumentException.class, inner);
    }
}
