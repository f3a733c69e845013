package org.laststruggle.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a date's label (the date as the source words it) and its EDTF say the same thing, as far
 * as the label can be read: the days, months and years it names, with the qualifiers of a part of a year
 * or month ("beginning of 1922", "end of December 1922", "summer 1922", "winter of 1920-21"), year spans
 * ("1922-23"), lists ("December 12, 13, 15 or 16, 1922") and alternative calendars ("November 1 (14),
 * 1917"). Brackets (the editor's or curator's supplement, "December 7 [1921]") are read as part of the
 * date. A label relative to another date ("the day before ... January 25, 1923", "one week after October
 * 8, 1923") only bounds the EDTF on one side.
 *
 * <p>Two rules: the EDTF must hold every day the label names (a "1922-23" label is not {@code 1922}),
 * and it must not be much wider than the label (a "beginning of 1922" label is not {@code 1922}: write
 * {@code 1922-01/1922-03~}). And a label holds only the date: other text (a heading, "Continuation of the
 * notes.", an aside in parentheses, where it was printed) belongs in the date's note.
 *
 * <p>Parts of a year, as this dataset writes them in EDTF (the README's table): beginning, early, start
 * {@code Y-01/Y-03~}; middle, mid {@code Y-05~/Y-08~}; end, late, towards the end {@code Y-10~/Y-12};
 * spring {@code Y-03~/Y-05~}; summer {@code Y-06~/Y-08~}; autumn, fall {@code Y-09~/Y-11~}; winter of
 * Y-(Y+1) {@code Y-12~/(Y+1)-02~}. A part of a month keeps the month's EDTF ({@code 1922-12}): EDTF has no
 * finer unit.
 */
public final class DateLabels {

    private DateLabels() {
    }

    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            m.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month.getValue());
            m.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month.getValue());
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }

    /** Words that may stand in a label beside a date: the date's own words. */
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)\\b(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|\\d{1,4}(st|nd|rd|th)?|beginning|early|start|end|late|middle|mid|towards|spring|summer|autumn|fall"
            + "|winter|first|last|half|weeks?|days?|months?|years?|after|before|later|earlier|until|since|from|about"
            + "|around|circa|c|onward|old|new|style|calendar|dated)\\b");

    /**
     * A calendar remark allowed in parentheses: "(old calendar)", "(New Style)", "(O.S.)", "(October 31, new style)",
     * "(calendar not stated by the source)".
     */
    private static final Pattern CALENDAR = Pattern.compile("(?i)\\([^)]*\\b(calendar|style)\\b[^)]*\\)|\\((o|n)\\.s\\.\\)");

    /** The same date restated in the New Style, in parentheses: not read again. */
    private static final Pattern NEW_STYLE = Pattern.compile("(?i)\\([^)]*\\bnew (calendar|style)\\b[^)]*\\)");

    /** A label in the Old Style (Julian) calendar, which the EDTF gives in the New Style. */
    private static final Pattern OLD_STYLE = Pattern.compile("(?i)\\bold (calendar|style)\\b|\\bo\\.s\\.");

    /** Parts of a year: core (must be inside the EDTF) and outer bounds (the EDTF must stay inside), as months. */
    private record Part(int coreFrom, int coreTo, int outerFrom, int outerTo) {
    }

    private static final Map<String, Part> YEAR_PARTS = Map.ofEntries(
            Map.entry("beginning", new Part(1, 1, 1, 4)), Map.entry("early", new Part(1, 1, 1, 4)),
            Map.entry("start", new Part(1, 1, 1, 4)),
            Map.entry("end", new Part(12, 12, 9, 12)), Map.entry("late", new Part(12, 12, 9, 12)),
            Map.entry("towards the end", new Part(12, 12, 9, 12)),
            Map.entry("middle", new Part(6, 7, 4, 9)), Map.entry("mid", new Part(6, 7, 4, 9)),
            Map.entry("spring", new Part(4, 4, 2, 6)), Map.entry("summer", new Part(7, 7, 5, 9)),
            Map.entry("autumn", new Part(10, 10, 8, 12)), Map.entry("fall", new Part(10, 10, 8, 12)));

    private static final Pattern QUALIFIER = Pattern.compile("(?i)(towards the end|beginning|early|start|end|late"
            + "|middle|mid|spring|summer|autumn|fall|winter|first weeks|first days)\\b[\\s-]*(of\\s*)?$");

    /** One date named in a label: the days it allows (core) and the days it could stretch to (outer). */
    private record Mention(LocalDate coreFrom, LocalDate coreTo, LocalDate outerFrom, LocalDate outerTo,
            LocalDate alternative) {
    }

    /**
     * Why the label and the EDTF disagree, or null when they agree or the label cannot be read. Set dates (a
     * disputed date's claims) are not checked: their label lists the claims.
     */
    public static String mismatch(String label, HistDate date) {
        if (label == null || label.isBlank() || date == null || HistDate.SET.equals(date.precision())) {
            return null;
        }
        String other = otherText(label);
        if (other != null) {
            return "the label \"" + label + "\" holds more than the date (" + other + "); keep the date as the source"
                    + " words it in the label and move the rest to the note (dateNote)";
        }
        String dated = NEW_STYLE.matcher(label).replaceAll(" ");
        List<Mention> mentions = mentions(dated);
        if (mentions.isEmpty()) {
            return null;
        }
        if (OLD_STYLE.matcher(dated).find()) {
            mentions = mentions.stream().map(DateLabels::newStyle).toList();
        }
        String lower = label.toLowerCase(Locale.ROOT);
        boolean after = lower.matches(".*\\b(after|later)\\b.*");
        boolean before = lower.matches(".*\\bbefore\\b.*");
        LocalDate coreFrom = mentions.stream().map(Mention::coreFrom).min(LocalDate::compareTo).orElseThrow();
        LocalDate coreTo = mentions.stream().map(Mention::coreTo).max(LocalDate::compareTo).orElseThrow();
        LocalDate outerFrom = mentions.stream().map(Mention::outerFrom).min(LocalDate::compareTo).orElseThrow();
        LocalDate outerTo = mentions.stream().map(Mention::outerTo).max(LocalDate::compareTo).orElseThrow();
        LocalDate e = date.earliest();
        LocalDate l = date.latest();
        if (after || before) {
            if (after && e != null && e.isBefore(coreFrom)) {
                return "the label \"" + label + "\" places the date after " + coreFrom + ", but the EDTF " + date.edtf()
                        + " starts before it";
            }
            if (before && l != null && l.isAfter(coreTo)) {
                return "the label \"" + label + "\" places the date before " + coreTo + ", but the EDTF " + date.edtf()
                        + " ends after it";
            }
            return null;
        }
        boolean holds = holds(e, l, coreFrom, coreTo);
        if (!holds && mentions.size() == 1 && mentions.get(0).alternative() != null) {
            LocalDate alt = mentions.get(0).alternative();
            holds = holds(e, l, alt, alt);
        }
        if (!holds) {
            return "the label \"" + label + "\" names " + span(coreFrom, coreTo) + ", which the EDTF " + date.edtf()
                    + " does not hold; the date must hold every day its label names";
        }
        LocalDate fromMonth = outerFrom.withDayOfMonth(1);
        LocalDate toMonth = outerTo.withDayOfMonth(outerTo.lengthOfMonth());
        boolean tooWide = (e != null && e.isBefore(fromMonth)) || (l != null && l.isAfter(toMonth));
        if (tooWide) {
            return "the EDTF " + date.edtf() + " is wider than its label \"" + label + "\" (" + span(outerFrom, outerTo)
                    + "); write the precision the label gives"
                    + (lower.matches(".*\\b(beginning|early|start|end|late|towards|middle|mid|spring|summer|autumn"
                            + "|fall|winter)\\b.*") ? ", a part of a year as an interval of months (e.g. beginning of"
                                    + " 1922: 1922-01/1922-03~)" : "");
        }
        return null;
    }

    /** An Old Style (Julian) date as the New Style (Gregorian) day: 12 days before March 1900, 13 after. */
    private static Mention newStyle(Mention m) {
        return new Mention(gregorian(m.coreFrom()), gregorian(m.coreTo()), gregorian(m.outerFrom()), gregorian(m.outerTo()),
                m.alternative() == null ? null : gregorian(m.alternative()));
    }

    static LocalDate gregorian(LocalDate julian) {
        int days = julian.isBefore(LocalDate.of(1900, 3, 1)) ? 12 : 13;
        return julian.plusDays(days);
    }

    private static boolean holds(LocalDate e, LocalDate l, LocalDate from, LocalDate to) {
        return (e == null || !e.isAfter(from)) && (l == null || !l.isBefore(to));
    }

    private static String span(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }

    /**
     * Text in a label that is not part of a date, or null: a sentence before or after the date ("Continuation of
     * the notes."), an aside in parentheses that is not an alternative day or a calendar marker, a phrase between
     * commas with no date word in it ("Pravda", "at the Tenth Congress").
     */
    static String otherText(String label) {
        String s = CALENDAR.matcher(label).replaceAll(" ");
        Matcher paren = Pattern.compile("\\(([^)]*)\\)").matcher(s);
        while (paren.find()) {
            String aside = paren.group(1).strip();
            boolean alternative = aside.matches("\\d{1,2}")
                    || (aside.toLowerCase(Locale.ROOT).startsWith("or ") && DATE_WORDS.matcher(aside.substring(3)).find());
            if (!alternative) {
                return "the aside \"(" + paren.group(1) + ")\"";
            }
        }
        s = s.replaceAll("\\((\\d{1,2}|or [^)]*)\\)", " ").replace("[", "").replace("]", "");
        for (String segment : s.split("\\.\\s+|,|;|\\s+-\\s+|/")) {
            String t = segment.strip();
            if (t.isEmpty() || t.matches("(?i)(and|or)")) {
                continue;
            }
            Matcher date = DATE_WORDS.matcher(t);
            if (!date.find()) {
                return "\"" + t + "\"";
            }
            // words with a capital before the first date word, in a segment that does not place the date relative to
            // something ("Continuation of the notes December 31"; not "after Stalin's death")
            String lead = t.substring(0, date.start());
            if (lead.matches(".*\\b[A-Z][a-z'\u2019]+.*") && !MONTHS.containsKey(lead.strip().toLowerCase(Locale.ROOT))
                    && !t.toLowerCase(Locale.ROOT).matches(".*\\b(after|before|later|earlier|since|until|from)\\b.*")) {
                return "\"" + lead.strip() + "\"";
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ reading the dates a label names

    private static final Pattern TOKEN = Pattern.compile("(?i)[a-z]+|\\d{4}(?:\\s*-\\s*\\d{2,4}(?!\\d))?|\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\(\\d{1,2}\\)");

    /** A month (and day) waiting for the year that closes it. */
    private static final class Pending {
        final int month;
        int day;
        int alternative;
        final String qualifier;

        Pending(int month, int day, String qualifier) {
            this.month = month;
            this.day = day;
            this.qualifier = qualifier;
        }
    }

    /** Every date the label names, each closed by the year that follows it. */
    static List<Mention> mentions(String label) {
        String s = label.replace("[", " ").replace("]", " ").replace('\u2013', '-');
        List<Mention> out = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Integer month = null;
        Integer dayBefore = null;
        int lastDateEnd = 0;
        int segmentStart = 0;
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String tok = m.group();
            String lower = tok.toLowerCase(Locale.ROOT);
            String between = s.substring(lastDateEnd, m.start());
            if (MONTHS.containsKey(lower)) {
                month = MONTHS.get(lower);
                pending.add(new Pending(month, dayBefore == null ? 0 : dayBefore,
                        qualifier(s.substring(segmentStart, m.start()))));
                dayBefore = null;
            } else if (tok.matches("\\(\\d{1,2}\\)")) {
                if (!pending.isEmpty()) {
                    pending.get(pending.size() - 1).alternative = Integer.parseInt(tok.substring(1, tok.length() - 1));
                }
                continue;
            } else if (tok.matches("\\d{1,2}(?i:st|nd|rd|th)?")) {
                int n = Integer.parseInt(tok.replaceAll("\\D", ""));
                Pending last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
                if (last != null && last.day == 0 && month != null && between.isBlank()) {
                    last.day = n;
                } else if (last != null && month != null && between.matches("\\s*(,|or|and|-|to)\\s*")) {
                    pending.add(new Pending(month, n, null));
                } else {
                    dayBefore = n;
                }
            } else if (tok.matches("\\d{4}.*")) {
                String[] years = tok.split("\\s*-\\s*");
                int y = Integer.parseInt(years[0]);
                if (pending.isEmpty()) {
                    int y2 = y;
                    if (years.length > 1) {
                        y2 = years[1].length() == 2 ? y / 100 * 100 + Integer.parseInt(years[1]) : Integer.parseInt(years[1]);
                    }
                    out.add(yearMention(y, y2, qualifier(s.substring(segmentStart, m.start()))));
                } else {
                    for (Pending p : pending) {
                        out.add(monthOrDay(y, p));
                    }
                    if (years.length > 1) { // "February 1923 - 1924": the month closes with the first year
                        int y2 = years[1].length() == 2 ? y / 100 * 100 + Integer.parseInt(years[1]) : Integer.parseInt(years[1]);
                        out.add(yearMention(y2, y2, null));
                    }
                }
                pending.clear();
                month = null;
                dayBefore = null;
                segmentStart = m.end();
            } else {
                continue; // a word: not a date token
            }
            lastDateEnd = m.end();
        }
        return out;
    }

    /** The qualifier right before a date ("beginning of", "end of", "mid-"), lower-case, or null. */
    private static String qualifier(String before) {
        Matcher q = QUALIFIER.matcher(before.strip());
        if (!q.find()) {
            String b = before.toLowerCase(Locale.ROOT);
            if (b.contains("spring")) return b.contains("middle") ? "spring or middle" : "spring";
            return null;
        }
        String w = q.group(1).toLowerCase(Locale.ROOT);
        String b = before.toLowerCase(Locale.ROOT);
        if (w.equals("middle") && b.contains("spring")) {
            return "spring or middle";
        }
        return w;
    }

    private static Mention yearMention(int y, int y2, String qualifier) {
        LocalDate first = LocalDate.of(y, 1, 1);
        LocalDate last = LocalDate.of(y2, 12, 31);
        if (qualifier == null) {
            return new Mention(first, last, first, last, null);
        }
        if (qualifier.equals("winter")) {
            int w = y2 > y ? y : y - 1; // winter of 1920-21; winter of 1921 = 1920-21
            return new Mention(LocalDate.of(w, 12, 1), LocalDate.of(w + 1, 1, 31), LocalDate.of(w, 11, 1),
                    LocalDate.of(w + 1, 3, 31), null);
        }
        if (qualifier.equals("spring or middle")) {
            return months(y, 4, 7, 2, 9);
        }
        Part p = YEAR_PARTS.get(qualifier);
        if (p == null || y2 != y) {
            return new Mention(first, last, first, last, null);
        }
        return months(y, p.coreFrom, p.coreTo, p.outerFrom, p.outerTo);
    }

    private static Mention months(int y, int coreFrom, int coreTo, int outerFrom, int outerTo) {
        LocalDate cf = LocalDate.of(y, coreFrom, 1);
        LocalDate ct = LocalDate.of(y, coreTo, 1);
        LocalDate of = LocalDate.of(y, outerFrom, 1);
        LocalDate ot = LocalDate.of(y, outerTo, 1);
        return new Mention(cf, ct.withDayOfMonth(ct.lengthOfMonth()), of, ot.withDayOfMonth(ot.lengthOfMonth()), null);
    }

    private static Mention monthOrDay(int y, Pending p) {
        String qualifier = p.qualifier;
        LocalDate first = LocalDate.of(y, p.month, 1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        if (p.day > 0 && p.day <= first.lengthOfMonth()) {
            LocalDate d = first.withDayOfMonth(p.day);
            LocalDate alt = p.alternative > 0 && p.alternative <= first.lengthOfMonth()
                    ? first.withDayOfMonth(p.alternative) : null;
            return new Mention(d, d, d, d, alt);
        }
        if (qualifier == null) {
            return new Mention(first, last, first, last, null);
        }
        // a part of a month: the month's EDTF holds it; the core is that part
        // the core is a few days that the part surely covers; the EDTF (a month, or days the source also gives) holds it
        int from = 1;
        int to = last.getDayOfMonth();
        switch (qualifier) {
            case "beginning", "early", "start", "first weeks", "first days" -> to = 5;
            case "middle", "mid" -> {
                from = 13;
                to = 17;
            }
            case "end", "late", "towards the end" -> from = to - 4;
            default -> {
            }
        }
        return new Mention(first.withDayOfMonth(from), first.withDayOfMonth(to), first, last, null);
    }
}
