package org.laststruggle.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.laststruggle.source.PageLayout.Anchor;

/**
 * Cuts a source's raw text into paragraph-sized passages (pure logic, no framework dependencies).
 *
 * <p>Paragraphs are runs of non-blank lines separated by blank lines. Sources whose every wrapped line
 * is followed by an empty line (PDF extractions such as bland-1991) are detected as "double spaced":
 * there a single blank line is a line wrap and only runs of two or more blank lines separate paragraphs.
 * Tiny paragraphs (no word of four letters, fewer than eight letters and digits) never stand alone: an
 * enumerator such as "I." or "Val:" is joined to the passage after it, the tail of a broken line such
 * as "18)." to the passage before it; anything else of that size is OCR debris and left out.
 *
 * <p>For a printed book, its page layout ({@link PageLayout}, data in {@code db/sources/*.layout.yaml}) names the
 * running heads ("64 Lenin's Fight Against Stalinism", "Lenin's Testament 65", ...) and where its parts and documents
 * begin. The heads and the bottom folios of chapter-opening pages (a page number alone on a line) are recognised, left
 * out of every passage, and used to give each passage its printed page. A head stands at the top of its page: the text
 * after it belongs to that page. A bare folio stands at the bottom of its page: the text before it belongs to that
 * page. Where a page with a bottom folio follows a page with a top head, the page break that the OCR does not mark is
 * the start of the part or document that opens the new page (from the table of contents). Damaged heads are
 * recognised fuzzily and their numbers inferred from the sequence (page n+1 follows page n).
 *
 * <p>Each passage's reading text is its {@link ReadingForm}, with the line-end hyphens it drops as soft.
 */
public final class PassageSplitter {

    /** A running head (top) or bottom folio of the book, with the page it was resolved to. */
    public record PageHead(int line, int start, int end, boolean top, String printed, int page, boolean damaged) {
    }

    /** A span of raw text left out as OCR debris. */
    public record Span(int start, int end) {
    }

    /** Everything the splitter decided about one source. */
    public record Analysis(List<PassageDraft> passages, List<PageHead> heads, List<Span> debris) {
        /** Heads whose printed number was damaged or missing and had to be inferred from the sequence. */
        public long damagedHeads() {
            return heads.stream().filter(PageHead::damaged).count();
        }
    }

    private PassageSplitter() {
    }

    /** The passages of a raw text; {@code layout} null for a text without printed pages. */
    public static List<PassageDraft> split(String rawText, PageLayout layout, ReadingForm reading) {
        return analyze(rawText, layout, reading).passages();
    }

    /** The passages of a source of the catalog, read with the evidence of the whole corpus. */
    public static Analysis analyze(SourceCatalog.SourceText source, ReadingForm reading) {
        return analyze(source.text(), source.layout(), reading);
    }

    public static Analysis analyze(String raw, PageLayout layout, ReadingForm reading) {
        List<Line> lines = lines(raw);
        int n = lines.size();
        boolean[] head = new boolean[n];
        Integer[] pageAt = new Integer[n];
        String[] partAt = new String[n];
        String[] sectionAt = new String[n];
        boolean[] forceBreak = new boolean[n];
        List<PageHead> heads = new ArrayList<>();
        if (layout != null) {
            new BookPager(layout, lines, head, pageAt, partAt, sectionAt, forceBreak, heads).run();
        }
        int sep = doubleSpaced(lines) ? 2 : 1;

        // paragraphs: runs of content lines
        List<int[]> paras = new ArrayList<>(); // [firstLine, lastLine]
        int first = -1;
        int last = -1;
        int blanks = 0;
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (head[i]) {
                if (first >= 0) {
                    paras.add(new int[] {first, last});
                    first = -1;
                }
                blanks = 0;
                continue;
            }
            if (l.blank) {
                blanks++;
                continue;
            }
            boolean pageChange = first >= 0 && !java.util.Objects.equals(pageAt[i], pageAt[last]);
            if (first >= 0 && (blanks >= sep || forceBreak[i] || pageChange)) {
                paras.add(new int[] {first, last});
                first = -1;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            blanks = 0;
        }
        if (first >= 0) {
            paras.add(new int[] {first, last});
        }

        // tiny paragraphs: merge or drop
        List<Draft> drafts = new ArrayList<>();
        List<Span> debris = new ArrayList<>();
        for (int k = 0; k < paras.size(); k++) {
            int[] p = paras.get(k);
            Draft d = new Draft(lines.get(p[0]).start, lines.get(p[1]).end, pageAt[p[0]], partAt[p[0]],
                    sectionAt[p[0]]);
            d.trim(raw);
            drafts.add(d);
        }
        List<Draft> kept = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            String text = raw.substring(d.start, d.end);
            if (!isTiny(text)) {
                kept.add(d);
                continue;
            }
            Draft prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            Draft next = k + 1 < drafts.size() ? drafts.get(k + 1) : null;
            boolean prevOk = prev != null && prev.sameBox(d);
            boolean nextOk = next != null && next.sameBox(d) && !isTiny(raw.substring(next.start, next.end));
            String prevText = prev == null ? "" : raw.substring(prev.start, prev.end).strip();
            char prevLast = prevText.isEmpty() ? '.' : prevText.charAt(prevText.length() - 1);
            // the tail of a broken line ("pp. 712-" + "18).", "Grain requisitioning, 8, 10, 21," + "1lin")
            boolean continuation = prevLast == '-' || prevLast == ','
                    || (Character.isDigit(text.charAt(0)) && !endsSentence(prevText));
            if (prevOk && continuation) {
                prev.end = d.end;
            } else if (nextOk && isEnumerator(text)) {
                next.start = d.start;
                next.mergedForward = true;
            } else {
                debris.add(new Span(d.start, d.end));
            }
        }

        List<PassageDraft> out = new ArrayList<>();
        for (Draft d : kept) {
            out.add(new PassageDraft(out.size(), d.start, d.end, d.page, d.part, d.section,
                    reading.read(raw, d.start, d.end), reading.softHyphens(raw, d.start, d.end)));
        }
        return new Analysis(Collections.unmodifiableList(out), Collections.unmodifiableList(heads),
                Collections.unmodifiableList(debris));
    }

    // ------------------------------------------------------------------ text helpers

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Too small to be a passage of its own: no word of 4+ letters and fewer than 8 letters/digits. */
    static boolean isTiny(String text) {
        int alnum = 0;
        int word = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                alnum++;
            }
            if (Character.isLetter(c)) {
                word++;
                longest = Math.max(longest, word);
            } else {
                word = 0;
            }
        }
        return longest < 4 && alnum < 8;
    }

    /** Tiny texts that open what follows: "I.", "HI.", "Val:", "In 1903;", ornaments such as "* * *". */
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:.{0,12}[.):;,]|[*\\s\u00A0]+)$", Pattern.DOTALL);

    private static boolean isEnumerator(String text) {
        return ENUMERATOR.matcher(text.strip()).matches();
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        if (c == '-') {
            return false;
        }
        return ".!?:;\"”’')]}".indexOf(c) >= 0;
    }

    private static boolean doubleSpaced(List<Line> lines) {
        int zero = 0;
        int one = 0;
        int more = 0;
        int run = -1;
        for (Line l : lines) {
            if (l.blank) {
                if (run >= 0) {
                    run++;
                }
            } else {
                if (run == 0) {
                    zero++;
                } else if (run == 1) {
                    one++;
                } else if (run > 1) {
                    more++;
                }
                run = 0;
            }
        }
        int total = zero + one + more;
        return total > 20 && zero < 0.05 * total && one > more && more >= 0.15 * total;
    }

    private record Line(int idx, int start, int end, String text, boolean blank) {
    }

    private static List<Line> lines(String raw) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        int i = 0;
        while (true) {
            int nl = raw.indexOf('\n', pos);
            int e = nl < 0 ? raw.length() : nl;
            String t = raw.substring(pos, e);
            out.add(new Line(i++, pos, e, t, isBlank(t)));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    private static final class Draft {
        int start;
        int end;
        final Integer page;
        final String part;
        final String section;
        boolean mergedForward;

        Draft(int start, int end, Integer page, String part, String section) {
            this.start = start;
            this.end = end;
            this.page = page;
            this.part = part;
            this.section = section;
        }

        void trim(String raw) {
            while (start < end && isSpace(raw.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(raw.charAt(end - 1))) {
                end--;
            }
        }

        boolean sameBox(Draft o) {
            return java.util.Objects.equals(page, o.page) && java.util.Objects.equals(part, o.part)
                    && java.util.Objects.equals(section, o.section);
        }
    }

    static String norm(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static double similarity(String a, String b) {
        int distance = org.laststruggle.common.Vocabulary.levenshtein(a, b);
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) distance / max;
    }

    // ------------------------------------------------------------------ a printed book's pages

    private static final class BookPager {
        final PageLayout layout;
        final List<String> evenTitles;
        final List<String> oddTitles;
        final Pattern evenHead;
        final Pattern oddHead;
        final Pattern numberish;
        final List<Line> lines;
        final boolean[] head;
        final Integer[] pageAt;
        final String[] partAt;
        final String[] sectionAt;
        final boolean[] forceBreak;
        final List<PageHead> heads;

        BookPager(PageLayout layout, List<Line> lines, boolean[] head, Integer[] pageAt, String[] partAt,
                String[] sectionAt, boolean[] forceBreak, List<PageHead> heads) {
            this.layout = layout;
            this.evenTitles = layout.evenTitles().stream().map(PassageSplitter::norm).toList();
            this.oddTitles = layout.oddTitles().stream().map(PassageSplitter::norm).toList();
            this.evenHead = Pattern.compile("^(\\S{1,4}) (" + alternatives(evenTitles) + ")$");
            this.oddHead = Pattern.compile("^(" + alternatives(oddTitles) + ") (\\S{1,4})$");
            StringBuilder chars = new StringBuilder("0-9");
            for (char c : layout.folioDigits().keySet()) {
                chars.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
            }
            this.numberish = Pattern.compile("^(?=.*\\d)[" + chars + "]{1,3}$");
            this.lines = lines;
            this.head = head;
            this.pageAt = pageAt;
            this.partAt = partAt;
            this.sectionAt = sectionAt;
            this.forceBreak = forceBreak;
            this.heads = heads;
        }

        boolean blank(int i) {
            return i < 0 || i >= lines.size() || lines.get(i).blank;
        }

        Map<Integer, Anchor> findAnchors() {
            Map<Integer, Anchor> at = new HashMap<>();
            int from = 0;
            for (Anchor a : layout.anchors()) {
                String want = norm(a.line());
                for (int i = from; i < lines.size(); i++) {
                    if (norm(lines.get(i).text).equals(want)) {
                        int s = i; // move up to the start of the paragraph holding the title
                        while (s > from && !blank(s - 1) && !isStrictHead(norm(lines.get(s - 1).text))) {
                            s--;
                        }
                        at.put(s, a);
                        from = i + 1;
                        break;
                    }
                }
            }
            return at;
        }

        boolean isStrictHead(String t) {
            return evenHead.matcher(t).matches() || oddHead.matcher(t).matches();
        }

        private static String alternatives(List<String> titles) {
            return String.join("|", titles.stream().map(Pattern::quote).toList());
        }

        /** Parses a page number, mending the OCR's misread digits (T5 -> 75, l0l -> 101); null if impossible. */
        Integer ocrNumber(String token) {
            if (token == null || !numberish.matcher(token).matches()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (char c : token.toCharArray()) {
                sb.append(layout.folioDigits().getOrDefault(c, c));
            }
            return Integer.valueOf(sb.toString());
        }

        void run() {
            Map<Integer, Anchor> anchors = findAnchors();
            Integer current = null;
            boolean afterBottom = false;
            boolean paging = false;
            String part = null;
            String section = null;
            for (int i = 0; i < lines.size(); i++) {
                Anchor a = anchors.get(i);
                if (a != null) {
                    forceBreak[i] = true;
                    if (a.back()) {
                        paging = false;
                        current = null;
                    } else {
                        if (current == null) {
                            current = a.page();
                            paging = true;
                        } else if (!afterBottom && a.page() == current + 1) {
                            current = a.page(); // the unmarked break before a page that opens a part/document
                        }
                        afterBottom = false;
                    }
                    if (a.setsPart()) {
                        part = a.part();
                    }
                    section = a.section();
                }
                Line l = lines.get(i);
                if (paging && !l.blank && a == null) {
                    String t = norm(l.text);
                    int expectedTop = afterBottom ? current : current + 1;
                    if (blank(i - 1) && blank(i - 2) && blank(i + 1) && blank(i + 2)
                            && numberish.matcher(t).matches()) {
                        // bare folio at the bottom of a chapter-opening page: ends page `current`
                        Integer printed = ocrNumber(t);
                        int page = resolve(current, printed, t);
                        heads.add(new PageHead(i, l.start, l.start + l.text.strip().length() + leading(l.text),
                                false, l.text.strip(), page, printed == null || printed != page));
                        head[i] = true;
                        pageAt[i] = page;
                        current = page + 1;
                        afterBottom = true;
                        continue;
                    }
                    String[] top = topHead(i, t, expectedTop);
                    if (top != null) {
                        Integer printed = ocrNumber(top[0]);
                        int page = resolve(expectedTop, printed, top[0]);
                        boolean exact = top[0].matches("\\d{1,3}") && printed == page && top[1] == null;
                        heads.add(new PageHead(i, l.start, l.start + l.text.strip().length() + leading(l.text),
                                true, l.text.strip(), page, !exact));
                        head[i] = true;
                        current = page;
                        afterBottom = false;
                        pageAt[i] = page;
                        continue;
                    }
                }
                pageAt[i] = paging ? current : null;
                partAt[i] = part;
                sectionAt[i] = section;
            }
        }

        private static int leading(String s) {
            int k = 0;
            while (k < s.length() && isSpace(s.charAt(k))) {
                k++;
            }
            return k;
        }

        /** The page a marker stands for: the sequence, unless a clean printed number shows a lost head. */
        private static int resolve(int expected, Integer printed, String token) {
            if (printed == null || printed == expected) {
                return expected;
            }
            boolean clean = token.matches("\\d{1,3}");
            if (clean && printed > expected && printed - expected <= 2) {
                return printed; // a page boundary the OCR lost entirely: trust the printed number
            }
            return expected;
        }

        /**
         * Returns {numberToken, fuzzyFlag} if line i is a running head; fuzzyFlag is null for an exact head
         * format, non-null when the head was recognised only by similarity (damaged OCR).
         */
        private String[] topHead(int i, String t, int expected) {
            Matcher m = evenHead.matcher(t);
            if (m.matches()) {
                return new String[] {m.group(1), null};
            }
            m = oddHead.matcher(t);
            if (m.matches()) {
                return new String[] {m.group(2), null};
            }
            if (!(blank(i - 1) && blank(i - 2)) || t.length() > 50) {
                return null;
            }
            String[] tok = t.split(" ");
            if (tok.length < 2) {
                return null;
            }
            // even page: number first
            String firstTok = tok[0];
            String restAfterFirst = t.substring(firstTok.length()).strip();
            if (numberish.matcher(firstTok).matches() && !restAfterFirst.matches(".*\\d.*")) {
                double s = 0;
                for (String title : evenTitles) {
                    s = Math.max(s, similarity(restAfterFirst, title));
                }
                Integer num = ocrNumber(firstTok);
                if (s >= 0.6 || (s >= 0.3 && num != null && num == expected && expected % 2 == 0)) {
                    return new String[] {firstTok, "fuzzy"};
                }
            }
            String lastTok = tok[tok.length - 1];
            String restBeforeLast = t.substring(0, t.length() - lastTok.length()).strip();
            if (numberish.matcher(lastTok).matches() && !restBeforeLast.matches(".*\\d.*")) {
                double best = 0;
                for (String title : oddTitles) {
                    best = Math.max(best, similarity(restBeforeLast, title));
                }
                Integer num = ocrNumber(lastTok);
                if (best >= 0.6 || (best >= 0.3 && num != null && num == expected && expected % 2 == 1)) {
                    return new String[] {lastTok, "fuzzy"};
                }
            }
            return null;
        }
    }
}
