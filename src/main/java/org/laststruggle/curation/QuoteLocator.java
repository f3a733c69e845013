package org.laststruggle.curation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a curator's quote in a raw source text. The quote is typed as a reader sees the text:
 * line breaks as single spaces and a word that OCR split with a hyphen over two lines either
 * joined ({@code secretaries}) or with its hyphen ({@code well-known}). Nothing else is forgiven.
 *
 * <p>Two reading views of the raw text are searched, each mapping every view character back to
 * its raw offset: one with such hyphens removed, one with them kept; both collapse white space.
 * A match in either view maps back to one exact raw span.
 */
final class QuoteLocator {

    /** A span of the raw text, end exclusive. */
    record Span(int start, int end) {
    }

    /** White space, including no-break and other Unicode spaces that the web sources use. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("(?U)\\s+");

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private final View joined;
    private final View hyphenKept;

    QuoteLocator(String raw) {
        this.joined = new View(raw, false);
        this.hyphenKept = new View(raw, true);
    }

    /** Every distinct raw span the quote matches, in text order. */
    List<Span> find(String quote) {
        String q = normalize(quote);
        List<Span> spans = new ArrayList<>();
        if (q.isEmpty()) {
            return spans;
        }
        joined.collect(q, spans);
        hyphenKept.collect(q, spans);
        spans.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
        return spans;
    }

    static String normalize(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static final class View {
        private final String text;
        private final int[] rawIndex;

        View(String raw, boolean keepHyphen) {
            StringBuilder sb = new StringBuilder(raw.length());
            int[] map = new int[raw.length()];
            int n = raw.length();
            int i = 0;
            while (i < n) {
                char c = raw.charAt(i);
                if (c == '-' && i > 0 && Character.isLetter(raw.charAt(i - 1))) {
                    int j = i + 1;
                    while (j < n && raw.charAt(j) != '\n' && isSpace(raw.charAt(j))) j++;
                    if (j < n && raw.charAt(j) == '\n') {
                        while (j < n && isSpace(raw.charAt(j))) j++;
                        if (j < n && Character.isLetter(raw.charAt(j))) {
                            if (keepHyphen) {
                                map[sb.length()] = i;
                                sb.append('-');
                            }
                            i = j;
                            continue;
                        }
                    }
                }
                if (isSpace(c)) {
                    int j = i;
                    while (j < n && isSpace(raw.charAt(j))) j++;
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                        map[sb.length()] = i;
                        sb.append(' ');
                    }
                    i = j;
                    continue;
                }
                map[sb.length()] = i;
                sb.append(c);
                i++;
            }
            this.text = sb.toString();
            this.rawIndex = map;
        }

        /**
         * Positions sorted by a key of the 4 characters that start there (10 bits of each, in the
         * high 40 bits) with the position in the low 24 bits: a quote's candidates are one range of
         * this array, in text order, each then checked in full.
         */
        private long[] index;

        private static long key(String s, int p) {
            return ((s.charAt(p) & 0x3FFL) << 30) | ((s.charAt(p + 1) & 0x3FFL) << 20)
                    | ((s.charAt(p + 2) & 0x3FFL) << 10) | (s.charAt(p + 3) & 0x3FFL);
        }

        private long[] index() {
            if (index == null) {
                int n = Math.max(0, text.length() - 3);
                long[] ix = new long[n];
                for (int p = 0; p < n; p++) {
                    ix[p] = (key(text, p) << 24) | p;
                }
                java.util.Arrays.sort(ix);
                index = ix;
            }
            return index;
        }

        private static int lowerBound(long[] a, long v) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < v) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        void collect(String q, List<Span> spans) {
            if (q.length() < 4 || text.length() >= (1 << 24)) {
                for (int p = text.indexOf(q); p >= 0; p = text.indexOf(q, p + 1)) {
                    add(q, p, spans);
                }
                return;
            }
            long[] ix = index();
            long k = key(q, 0);
            for (int i = lowerBound(ix, k << 24), end = lowerBound(ix, (k + 1) << 24); i < end; i++) {
                int p = (int) (ix[i] & 0xFFFFFF);
                if (text.startsWith(q, p)) {
                    add(q, p, spans);
                }
            }
        }

        private void add(String q, int p, List<Span> spans) {
            Span s = new Span(rawIndex[p], rawIndex[p + q.length() - 1] + 1);
            if (!spans.contains(s)) {
                spans.add(s);
            }
        }
    }
}
