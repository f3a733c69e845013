package org.laststruggle.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void shouldTakeThirtyTwoCodePointsOfContextWhereThatIsUnique() {
        String text = "0123456789".repeat(10);
        SourceText t = new SourceText(text + "unique" + text.replace('0', 'a'));
        SourceText.Quote q = t.quote(100, 106);
        assertEquals("unique", q.exact());
        assertEquals(text.substring(68), q.prefix());
        assertEquals(text.replace('0', 'a').substring(0, 32), q.suffix());
    }

    @Test
    void shouldWidenTheContextUntilTheQuoteOccursOnce() {
        // the same 80 characters twice, then once more with a different end: 32 code points are not enough
        String block = "x".repeat(40) + "QUOTE" + "y".repeat(35);
        String text = block + "|" + block + "|" + block.substring(0, 70) + "END";
        SourceText t = new SourceText(text);
        int start = block.length() + 1 + 40;
        SourceText.Quote q = t.quote(start, start + 5);
        assertEquals("QUOTE", q.exact());
        String needle = q.prefix() + q.exact() + q.suffix();
        assertEquals(text.lastIndexOf(needle), text.indexOf(needle), "found once");
        assertEquals(start, text.indexOf(needle) + q.prefix().length());
        assertEquals(64, q.prefix().length(), "doubled once");
    }

    @Test
    void shouldCountCodePointsNotUtf16Units() {
        // U+1D538 (𝔸) is two UTF-16 units but one code point, as the API counts offsets
        String text = "\uD835\uDD38\uD835\uDD38 Lenin \uD835\uDD38 wrote";
        SourceText t = new SourceText(text);
        assertEquals(text.codePointCount(0, text.length()), t.length());
        SourceText.Quote q = t.quote(3, 8);
        assertEquals("Lenin", q.exact());
        assertEquals("\uD835\uDD38\uD835\uDD38 ", q.prefix());
        assertEquals(" \uD835\uDD38 wrote", q.suffix());
    }

    @Test
    void shouldRefuseASpanOutsideTheText() {
        SourceText t = new SourceText("short");
        assertThrows(IllegalArgumentException.class, () -> t.quote(2, 9));
        assertThrows(IllegalArgumentException.class, () -> t.quote(-1, 2));
    }
}
