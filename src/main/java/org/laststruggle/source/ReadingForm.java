package org.laststruggle.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reading form of raw source text: line breaks as spaces, runs of white space as one space, and a word the
 * line end split with a hyphen ({@code ar-} / {@code rangement}) joined when the hyphen is soft, kept without the
 * space when it is real ({@code foreign-} / {@code trade} reads {@code foreign-trade}). The raw text and its offsets
 * never change; this is only how it reads.
 *
 * <p>Soft or real is decided from the evidence of the whole corpus (the five sources), in this order:
 * <ol>
 * <li>how often the joined word ({@code arrangement}) and the hyphenated word ({@code foreign-trade}) occur
 * elsewhere, inside a line: the more frequent form wins;</li>
 * <li>a next part that starts with a capital: real ({@code Anti-} / {@code Stalin});</li>
 * <li>a word elsewhere that begins with the joined form and the next part's first three letters: soft
 * ({@code accident-} / {@code ally}, as {@code accidental} is written);</li>
 * <li>a next part that is a common ending, one that ten or more words of the corpus end with: soft
 * ({@code accident-} / {@code ally}, as in {@code actually});</li>
 * <li>a first part the corpus uses before a hyphen elsewhere ({@code well-known}), or one of the prefixes English
 * writes with a hyphen ({@link #COMPOUND_PREFIXES}), and a next part that is a word: real ({@code ultra-} /
 * {@code revolutionary}, {@code well-} / {@code defined});</li>
 * <li>two parts that are both words the corpus uses alone, of three letters or more: real ({@code petty-} /
 * {@code bourgeois});</li>
 * <li>otherwise soft: a split syllable ({@code incap-} / {@code able}).</li>
 * </ol> A line that ends or begins with an em dash joins without a space ({@code find—} / {@code it}). A
 * hyphen after a digit keeps its space ({@code pp. 712-} / {@code 18)}).
 *
 * <p>The same rule runs in the page's script (the reader highlights a quote inside a passage's reading form); the
 * API gives it the decisions as {@code softHyphens}: the raw offsets of the line-end hyphens the reading form drops.
 */
public final class ReadingForm {

    /** Why a line-end hyphen was judged soft or real. */
    public enum Evidence {
        /** the joined word occurs more often elsewhere than the hyphenated one */
        JOINED_ELSEWHERE,
        /** the hyphenated word occurs more often elsewhere than the joined one */
        HYPHENATED_ELSEWHERE,
        /** no evidence: the next part starts with a capital */
        CAPITAL,
        /** a word elsewhere begins as the joined word does */
        JOINED_STEM,
        /** the next part is an ending many words of the corpus have */
        COMMON_ENDING,
        /** the first part stands before a hyphen elsewhere (or is a hyphenating prefix), and the next part is a word */
        HYPHEN_PREFIX,
        /** no evidence: both parts are words of three letters or more that the corpus uses alone */
        TWO_WORDS,
        /** no evidence: a split syllable */
        DEFAULT_SOFT
    }

    /** One decision: the hyphen's raw offset, the two parts, soft or real, and why. */
    public record Decision(int offset, String left, String right, boolean soft, Evidence evidence, int joinedCount,
            int hyphenatedCount) {
    }

    /** Prefixes that English joins to a word with a hyphen. */
    static final Set<String> COMPOUND_PREFIXES = Set.of("anti", "non", "self", "semi", "ultra", "quasi", "pseudo",
            "neo", "pan");

    /** A next part that this many distinct words end with is an ending, not a word of a compound. */
    private static final int COMMON_ENDING_WORDS = 10;

    private final Map<String, Integer> words;
    private final Map<String, Integer> compounds;
    private final java.util.NavigableSet<String> sortedWords;
    private final Set<String> hyphenPrefixes;

    private ReadingForm(Map<String, Integer> words, Map<String, Integer> compounds) {
        this.words = words;
        this.compounds = compounds;
        this.sortedWords = new java.util.TreeSet<>(words.keySet());
        this.hyphenPrefixes = new java.util.HashSet<>();
        compounds.keySet().forEach(c -> hyphenPrefixes.add(c.substring(0, c.indexOf('-'))));
    }

    /** The evidence of these raw texts (the corpus): every word and hyphenated word inside a line, counted. */
    public static ReadingForm of(Collection<String> raws) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> compounds = new HashMap<>();
        for (String raw : raws) {
            count(raw, words, compounds);
        }
        return new ReadingForm(words, compounds);
    }

    private static void count(String raw, Map<String, Integer> words, Map<String, Integer> compounds) {
        int n = raw.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(raw.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetter(raw.charAt(i))) {
                i++;
            }
            boolean brokenBefore = s > 0 && lineEndHyphenBefore(raw, s);
            boolean brokenAfter = lineEndHyphenAt(raw, i) >= 0;
            if (!brokenBefore && !brokenAfter) {
                words.merge(raw.substring(s, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            // a hyphenated pair inside a line: letters-letters
            if (i + 1 < n && raw.charAt(i) == '-' && Character.isLetter(raw.charAt(i + 1))) {
                int e = i + 1;
                while (e < n && Character.isLetter(raw.charAt(e))) {
                    e++;
                }
                boolean brokenEnd = lineEndHyphenAt(raw, e) >= 0;
                if (!brokenBefore && !brokenEnd) {
                    compounds.merge(raw.substring(s, e).toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * If a line-end hyphen starts at {@code i} (a '-' after a letter, then spaces, a line break, white space and a
     * letter), the index of that next letter; else -1.
     */
    static int lineEndHyphenAt(String raw, int i) {
        int n = raw.length();
        if (i <= 0 || i >= n || raw.charAt(i) != '-' || !Character.isLetter(raw.charAt(i - 1))) {
            return -1;
        }
        int j = i + 1;
        while (j < n && raw.charAt(j) != '\n' && isSpace(raw.charAt(j))) {
            j++;
        }
        if (j >= n || raw.charAt(j) != '\n') {
            return -1;
        }
        while (j < n && isSpace(raw.charAt(j))) {
            j++;
        }
        return j < n && Character.isLetter(raw.charAt(j)) ? j : -1;
    }

    /** The word starting at {@code s} follows a line-end hyphen. */
    private static boolean lineEndHyphenBefore(String raw, int s) {
        int j = s - 1;
        while (j >= 0 && isSpace(raw.charAt(j)) && raw.charAt(j) != '\n') {
            j--;
        }
        if (j < 0 || raw.charAt(j) != '\n') {
            return false;
        }
        j--;
        while (j >= 0 && isSpace(raw.charAt(j)) && raw.charAt(j) != '\n') {
            j--;
        }
        return j >= 0 && raw.charAt(j) == '-' && lineEndHyphenAt(raw, j) == s;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The decision for the line-end hyphen at raw index {@code i} (see {@link #lineEndHyphenAt}). */
    public Decision decide(String raw, int i) {
        int next = lineEndHyphenAt(raw, i);
        if (next < 0) {
            throw new IllegalArgumentException("no line-end hyphen at " + i);
        }
        int s = i;
        while (s > 0 && Character.isLetter(raw.charAt(s - 1))) {
            s--;
        }
        int e = next;
        while (e < raw.length() && Character.isLetter(raw.charAt(e))) {
            e++;
        }
        String left = raw.substring(s, i);
        String right = raw.substring(next, e);
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        int joined = words.getOrDefault(l + r, 0);
        int hyphenated = compounds.getOrDefault(l + "-" + r, 0);
        if (joined > hyphenated) {
            return new Decision(i, left, right, true, Evidence.JOINED_ELSEWHERE, joined, hyphenated);
        }
        if (hyphenated > joined) {
            return new Decision(i, left, right, false, Evidence.HYPHENATED_ELSEWHERE, joined, hyphenated);
        }
        if (Character.isUpperCase(right.codePointAt(0))) {
            return new Decision(i, left, right, false, Evidence.CAPITAL, joined, hyphenated);
        }
        String stem = l + r.substring(0, Math.min(3, r.length()));
        String after = sortedWords.ceiling(stem);
        if (after != null && after.startsWith(stem)) {
            return new Decision(i, left, right, true, Evidence.JOINED_STEM, joined, hyphenated);
        }
        if (endingWords(r) >= COMMON_ENDING_WORDS) {
            return new Decision(i, left, right, true, Evidence.COMMON_ENDING, joined, hyphenated);
        }
        boolean rightWord = r.length() >= 3 && words.getOrDefault(r, 0) > 0;
        if (rightWord && (hyphenPrefixes.contains(l) || COMPOUND_PREFIXES.contains(l))) {
            return new Decision(i, left, right, false, Evidence.HYPHEN_PREFIX, joined, hyphenated);
        }
        if (rightWord && l.length() >= 3 && words.getOrDefault(l, 0) > 0) {
            return new Decision(i, left, right, false, Evidence.TWO_WORDS, joined, hyphenated);
        }
        return new Decision(i, left, right, true, Evidence.DEFAULT_SOFT, joined, hyphenated);
    }

    /** How many distinct words of the corpus end with {@code ending}, being at least three letters longer. */
    private int endingWords(String ending) {
        return endings.computeIfAbsent(ending, e -> (int) words.keySet().stream()
                .filter(w -> w.length() >= e.length() + 3 && w.endsWith(e)).count());
    }

    private final Map<String, Integer> endings = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every line-end hyphen of {@code raw[start, end)} with its decision, in text order. */
    public List<Decision> decisions(String raw, int start, int end) {
        List<Decision> out = new ArrayList<>();
        for (int i = raw.indexOf('-', start); i >= 0 && i < end; i = raw.indexOf('-', i + 1)) {
            if (lineEndHyphenAt(raw, i) >= 0 && lineEndHyphenAt(raw, i) < end) {
                out.add(decide(raw, i));
            }
        }
        return out;
    }

    /** The raw offsets of the soft line-end hyphens in {@code raw[start, end)}: those the reading form drops. */
    public List<Integer> softHyphens(String raw, int start, int end) {
        return decisions(raw, start, end).stream().filter(Decision::soft).map(Decision::offset).toList();
    }

    /** The reading form of {@code raw[start, end)}. */
    public String read(String raw, int start, int end) {
        return read(raw.substring(start, end), Set.copyOf(softHyphens(raw, start, end).stream()
                .map(o -> o - start).toList()));
    }

    /**
     * The reading form of a span, given the offsets (in the span) of its soft line-end hyphens: the rule the page's
     * script repeats. Lines are stripped and joined with one space, except after a line-end hyphen (dropped when soft,
     * kept when real, no space either way) and at an em dash ending or starting a line (no space); white space runs
     * become one space.
     */
    public static String read(String span, Set<Integer> soft) {
        StringBuilder sb = new StringBuilder(span.length());
        int pos = 0;
        for (String raw : span.split("\n", -1)) {
            int lineStart = pos;
            pos += raw.length() + 1;
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
            boolean letterHyphen = lastCh == '-' && n >= 2 && Character.isLetter(sb.charAt(n - 2))
                    && Character.isLetter(firstCp);
            if (letterHyphen) {
                int hyphen = lastHyphenBefore(span, lineStart);
                if (hyphen >= 0 && soft.contains(hyphen)) {
                    sb.setLength(n - 1); // "ar-" + "rangement" -> "arrangement"
                }
                sb.append(l); // "foreign-" + "trade" -> "foreign-trade"
            } else if (lastCh == '\u2014' || firstCp == '\u2014') {
                sb.append(l); // closed em dashes: "find—" + "it" -> "find—it"
            } else {
                sb.append(' ').append(l);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    /** The index of the '-' that ends the line before {@code lineStart} (trailing spaces skipped), or -1. */
    private static int lastHyphenBefore(String span, int lineStart) {
        int j = lineStart - 2; // before the '\n'
        while (j >= 0 && isSpace(span.charAt(j))) {
            j--;
        }
        return j >= 0 && span.charAt(j) == '-' ? j : -1;
    }
}
