package org.laststruggle.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * <p>For the Pathfinder book ({@value #PATHFINDER_ID}) the running heads ("64 Lenin's Fight Against
 * Stalinism", "Lenin's Testament 65", ...) and the bottom folios of chapter-opening pages (a page number
 * alone on a line) are recognised, left out of every passage, and used to give each passage its printed
 * page. A head stands at the top of its page: the text after it belongs to that page. A bare folio stands
 * at the bottom of its page: the text before it belongs to that page. Where a page with a bottom folio
 * follows a page with a top head, the page break that the OCR does not mark is the start of the part or
 * document that opens the new page (from the table of contents). Damaged heads are recognised
 * fuzzily and their numbers inferred from the sequence (page n+1 follows page n).
 */
public final class PassageSplitter {

    public static final String PATHFINDER_ID = "pathfinder-1975";

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

    public static List<PassageDraft> split(String sourceId, String rawText) {
        return analyze(sourceId, rawText).passages();
    }

    public static Analysis analyze(String sourceId, String raw) {
        List<Line> lines = lines(raw);
        int n = lines.size();
        boolean[] head = new boolean[n];
        Integer[] pageAt = new Integer[n];
        String[] partAt = new String[n];
        String[] sectionAt = new String[n];
        boolean[] forceBreak = new boolean[n];
        List<PageHead> heads = new ArrayList<>();
        if (PATHFINDER_ID.equals(sourceId)) {
            new BookPager(lines, head, pageAt, partAt, sectionAt, forceBreak, heads).run();
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
                    clean(raw.substring(d.start, d.end))));
        }
        return new Analysis(Collections.unmodifiableList(out), Collections.unmodifiableList(heads),
                Collections.unmodifiableList(debris));
    }

    // ------------------------------------------------------------------ text helpers

    /** Text for reading: hyphenated line breaks joined, wrapped lines joined with spaces, whitespace collapsed. */
    public static String clean(String span) {
        StringBuilder sb = new StringBuilder(span.length());
        for (String raw : span.split("\n", -1)) {
            String l = raw.replace('\u00A0', ' ').strip();
            if (l.isEmpty()) {
                continue;
            }
            int n = sb.length();
            if (n == 0) {
                sb.append(l);
                continue;
            }
            char lastCh = sb.charAt(n - 1);
            int firstCp = l.codePointAt(0);
            boolean letterHyphen = lastCh == '-' && n >= 2 && Character.isLetter(sb.charAt(n - 2));
            if (letterHyphen && Character.isLowerCase(firstCp)) {
                sb.setLength(n - 1); // "secreta-" + "ries" -> "secretaries"
                sb.append(l);
            } else if (letterHyphen && Character.isUpperCase(firstCp)) {
                sb.append(l); // "Anti-" + "Stalin" -> "Anti-Stalin"
            } else if (lastCh == '\u2014' || firstCp == '\u2014') {
                sb.append(l); // closed em dashes: "find—" + "it" -> "find—it"
            } else {
                sb.append(' ').append(l);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

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

    // ------------------------------------------------------------------ the Pathfinder book

    private static final String P1 = "Part I: Introduction";
    private static final String P2 = "Part II: On Lenin's Testament";
    private static final String P3 = "Part III: Lenin's Testament";
    private static final String P4 = "Part IV: The Bureaucracy";
    private static final String P5 = "Part V: The Monopoly of Foreign Trade";
    private static final String P6 = "Part VI: The Nationalities Question";
    private static final String BIO = "Biographical Notes";
    private static final String INDEX = "Index";

    /** A line of the book where a part or document begins (in book order), with its page from the contents. */
    private record Anchor(String line, boolean setsPart, String part, String section, Integer page, boolean back) {
        static Anchor part(String line, String part, int page) {
            return new Anchor(line, true, part, null, page, false);
        }

        static Anchor part(String line, String part, String section, int page) {
            return new Anchor(line, true, part, section, page, false);
        }

        static Anchor section(String line, String section, int page) {
            return new Anchor(line, false, null, section, page, false);
        }
    }

    /** Parts and documents of the book, from its table of contents (page numbers checked against the text). */
    private static final List<Anchor> ANCHORS = List.of(
            Anchor.part("Part I", P1, 5),
            Anchor.section("INTRODUCTION", "Introduction", 5),
            Anchor.part("Part II", P2, 29),
            Anchor.section("Introduction", "Introduction", 29),
            Anchor.section("On Lenin’s Testament", "On Lenin's Testament", 30),
            Anchor.section("NOTES TO PART II", "Notes to Part II", 59),
            Anchor.part("Part III", P3, 61),
            Anchor.section("Introduction", "Introduction", 61),
            Anchor.section("Letter to the congress", "Letter to the Congress", 63),
            Anchor.section("To Comrade Stalin", "To Comrade Stalin", 68),
            Anchor.section("NOTES TO PART III", "Notes to Part III", 69),
            Anchor.part("Part IV", P4, 70),
            Anchor.section("Introduction", "Introduction", 70),
            Anchor.section("Political Report to the", "Political Report to the Eleventh Party Congress", 74),
            Anchor.section("Comments on Lenin’s Proposal",
                    "Comments on Lenin's Proposal Concerning the Work of Deputies", 79),
            Anchor.section("Granting Legislative Functions",
                    "Granting Legislative Functions to the State Planning Commission", 82),
            Anchor.section("Letter to the Politburo (excerpt)", "Letter to the Politburo (excerpt)", 86),
            Anchor.section("How We Should Reorganize the",
                    "How We Should Reorganize the Workers' and Peasants' Inspection", 87),
            Anchor.section("Better Fewer, But Better", "Better Fewer, But Better", 92),
            Anchor.section("The Tasks of the Twelfth Congress", "The Tasks of the Twelfth Congress", 106),
            Anchor.section("NOTES TO PART IV", "Notes to Part IV", 111),
            Anchor.part("Part V", P5, 113),
            Anchor.section("Introduction", "Introduction", 113),
            Anchor.section("Letter to J.V. Stalin for Members",
                    "Letter to J.V. Stalin re the Foreign Trade Monopoly", 116),
            Anchor.section("To L.D. Trotsky", "To L.D. Trotsky", 119),
            Anchor.section("To Comrade Lenin", "To Comrade Lenin", 119),
            Anchor.section("To Comrades Frumkin and Stomonyakov", "To Comrades Frumkin and Stomonyakov", 121),
            Anchor.section("To L.D. Trotsky", "To L.D. Trotsky", 122),
            Anchor.section("Letter to J.V. Stalin", "Letter to J.V. Stalin", 123),
            Anchor.section("To L.D. Trotsky", "To L.D. Trotsky", 124),
            Anchor.section("To L.D. Trotsky", "To L.D. Trotsky", 125),
            Anchor.section("To L.D. Trotsky", "To L.D. Trotsky", 125),
            Anchor.section("NOTES TO PART V", "Notes to Part V", 126),
            Anchor.part("Part VI", P6, 127),
            Anchor.section("Introduction", "Introduction", 127),
            Anchor.section("Letter to L.B. Kamenev for the", "Letter to L.B. Kamenev", 130),
            Anchor.section("Memo to L.B. Kamenev on Combating",
                    "Memo to L.B. Kamenev on Combating Great Russian Chauvinism", 132),
            Anchor.section("The Question of Nationalities", "The Question of Nationalities or \"Autonomization\"",
                    133),
            Anchor.section("To L.D. Trotsky", "To L.D. Trotsky", 139),
            Anchor.section("To P.G. Mdivani, F.Y. Makharadze", "To P.G. Mdivani, F.Y. Makharadze and Others", 139),
            Anchor.section("Thoughts on the Party:",
                    "Thoughts on the Party: The National Question and the Education of the Party Youth", 140),
            Anchor.section("NOTES TO PART VI", "Notes to Part VI", 148),
            Anchor.part("BIOGRAPHICAL NOTES", BIO, BIO, 150),
            Anchor.part("Index", INDEX, INDEX, 156),
            // library stamps and back cover after the index: no printed page
            new Anchor("APR 11 1980", true, null, null, null, true));

    /** Running-head titles of odd pages. */
    private static final List<String> ODD_TITLES = List.of("introduction", "on lenin's testament",
            "lenin's testament", "the bureaucracy", "the monopoly of foreign trade", "the nationalities question",
            "biographical notes", "index");
    private static final String EVEN_TITLE = "lenin's fight against stalinism";

    private static final Pattern EVEN_HEAD = Pattern.compile("^(\\S{1,4}) " + Pattern.quote(EVEN_TITLE) + "$");
    private static final Pattern ODD_HEAD = Pattern.compile(
            "^(" + String.join("|", ODD_TITLES.stream().map(Pattern::quote).toList()) + ") (\\S{1,4})$");
    private static final Pattern NUMBERISH = Pattern.compile("^(?=.*\\d)[0-9TtlIiOoSsBZz|]{1,3}$");

    /** Parses a page number, mending the usual OCR confusions (T5 -> 75, l0l -> 101); null if impossible. */
    static Integer ocrNumber(String token) {
        if (token == null || !NUMBERISH.matcher(token).matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : token.toCharArray()) {
            sb.append(switch (c) {
                case 'T', 't' -> '7';
                case 'l', 'I', 'i', '|' -> '1';
                case 'O', 'o' -> '0';
                case 'S', 's' -> '5';
                case 'B' -> '8';
                case 'Z', 'z' -> '2';
                default -> c;
            });
        }
        return Integer.valueOf(sb.toString());
    }

    private static final class BookPager {
        final List<Line> lines;
        final boolean[] head;
        final Integer[] pageAt;
        final String[] partAt;
        final String[] sectionAt;
        final boolean[] forceBreak;
        final List<PageHead> heads;

        BookPager(List<Line> lines, boolean[] head, Integer[] pageAt, String[] partAt, String[] sectionAt,
                boolean[] forceBreak, List<PageHead> heads) {
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
            for (Anchor a : ANCHORS) {
                String want = norm(a.line);
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

        static boolean isStrictHead(String t) {
            return EVEN_HEAD.matcher(t).matches() || ODD_HEAD.matcher(t).matches();
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
                    if (a.back) {
                        paging = false;
                        current = null;
                    } else {
                        if (current == null) {
                            current = a.page;
                            paging = true;
                        } else if (!afterBottom && a.page == current + 1) {
                            current = a.page; // the unmarked break before a page that opens a part/document
                        }
                        afterBottom = false;
                    }
                    if (a.setsPart) {
                        part = a.part;
                    }
                    section = a.section;
                }
                Line l = lines.get(i);
                if (paging && !l.blank && a == null) {
                    String t = norm(l.text);
                    int expectedTop = afterBottom ? current : current + 1;
                    if (blank(i - 1) && blank(i - 2) && blank(i + 1) && blank(i + 2)
                            && NUMBERISH.matcher(t).matches()) {
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
            Matcher m = EVEN_HEAD.matcher(t);
            if (m.matches()) {
                return new String[] {m.group(1), null};
            }
            m = ODD_HEAD.matcher(t);
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
            if (NUMBERISH.matcher(firstTok).matches() && !restAfterFirst.matches(".*\\d.*")) {
                double s = similarity(restAfterFirst, EVEN_TITLE);
                Integer num = ocrNumber(firstTok);
                if (s >= 0.6 || (s >= 0.3 && num != null && num == expected && expected % 2 == 0)) {
                    return new String[] {firstTok, "fuzzy"};
                }
            }
            String lastTok = tok[tok.length - 1];
            String restBeforeLast = t.substring(0, t.length() - lastTok.length()).strip();
            if (NUMBERISH.matcher(lastTok).matches() && !restBeforeLast.matches(".*\\d.*")) {
                double best = 0;
                for (String title : ODD_TITLES) {
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
