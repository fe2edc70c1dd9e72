package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The test's own test: what counts as an English phrase in a Korean window, and what is a name. */
class VisibleTextsTest {

    @Test
    void threeEnglishWordsInARowAreAPhrase() {
        assertEquals(Optional.of("kernel does not fit"),
                VisibleTexts.englishPhrase("9x9 kernel does not fit 입력"));
        assertEquals(Optional.of("Output cell is"), VisibleTexts.englishPhrase("Output cell is (3, 3)"));
        assertTrue(VisibleTexts.hasEnglishWord("Output 7 × 7"));
    }

    @Test
    void namesNumbersAndKoreanAreNot() {
        assertFalse(VisibleTexts.englishPhrase("sobel-x (3 × 3)을(를) 필터 뱅크에 추가합니다").isPresent());
        assertFalse(VisibleTexts.englishPhrase("패딩: valid, same, full").isPresent());
        assertFalse(VisibleTexts.englishPhrase("ReLU  ·  12.5 ms  ·  3.10 GFLOP/s").isPresent());
        assertFalse(VisibleTexts.englishPhrase("AlexNet VGG-16 ResNet-50").isPresent());
        assertFalse(VisibleTexts.englishPhrase("w_out = w_in - k + 1 + 2p = 7").isPresent());
        assertFalse(VisibleTexts.hasEnglishWord("camera  ·  512 × 512 픽셀"));
        assertFalse(VisibleTexts.hasEnglishWord("y = F(x) + x: 64x56x56"));
        assertFalse(VisibleTexts.hasEnglishWord("GPU 2"));
        assertTrue(VisibleTexts.englishPhrase("a kernel of k cells").isPresent());
        assertFalse(VisibleTexts.englishPhrase("(Luo 외, \"Understanding the Effective Receptive Field\", 2016)")
                .isPresent());
    }
}
