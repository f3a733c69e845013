package org.laststruggle.annotation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A source's raw text as served, addressed in Unicode code points like the API's offsets, and the
 * quote context (prefix, suffix) of any span in it.
 */
public final class SourceText {

    /** Code points of context on each side that a quote selector starts from. */
    public static final int CONTEXT = 32;

    /** What a text quote selector says about a span: the exact text and enough context to find it once. */
    public record Quote(String exact, String prefix, String suffix) {
    }

    private final String text;
    /** charAt[i]: the UTF-16 index of code point i; charAt[length] = text.length(). */
    private final int[] charAt;
    private final Map<Long, Quote> quotes = new ConcurrentHashMap<>();

    public SourceText(String text) {
        this.text = text;
        int n = text.codePointCount(0, text.length());
        charAt = new int[n + 1];
        int c = 0;
        for (int i = 0; i < n; i++) {
            charAt[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        charAt[n] = text.length();
    }

    /** Length in code points. */
    public int length() {
        return charAt.length - 1;
    }

    /** The text of the code points [start, end). */
    public String slice(int start, int end) {
        return text.substring(charAt[start], charAt[end]);
    }

    /**
     * The quote of [start, end): the exact text with {@value #CONTEXT} code points of context on
     * each side (less at the ends of the text), doubled until prefix + exact + suffix occurs exactly
     * once in the text. A reader of the text can then find the span by the quote alone.
     */
    public Quote quote(int start, int end) {
        if (start < 0 || end > length() || start > end) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside the text of " + length()
                    + " code points");
        }
        return quotes.computeIfAbsent(((long) start << 32) | end, k -> locate(start, end));
    }

    private Quote locate(int start, int end) {
        String exact = slice(start, end);
        for (int n = CONTEXT; ; n *= 2) {
            int from = Math.max(0, start - n);
            int to = Math.min(length(), end + n);
            String prefix = slice(from, start);
            String suffix = slice(end, to);
            if ((from == 0 && to == length()) || occurrences(prefix + exact + suffix) == 1) {
                return new Quote(exact, prefix, suffix);
            }
        }
    }

    /** How often s occurs in the text (overlapping occurrences counted), stopping at two. */
    int occurrences(String s) {
        int first = text.indexOf(s);
        if (first < 0) {
            return 0;
        }
        return text.indexOf(s, first + 1) < 0 ? 1 : 2;
    }
}
