package org.laststruggle.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A historical date in the EDTF (ISO 8601-2) subset of {@code db/curation/README.md}:
 * {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, each optionally followed by one
 * qualifier ({@code ?} uncertain, {@code ~} approximate, {@code %} both); a year with
 * unspecified last digits ({@code 192X} a decade, {@code 19XX} a century); and intervals
 * {@code A/B} of any of these, with one end possibly open ({@code ../B}, {@code A/..}); and sets
 * {@code [A,B,...]} of two or more such single dates in chronological order, meaning "one of these" (EDTF
 * level 2): a date the sources dispute, each claimed date a member.
 *
 * @param edtf        the EDTF string exactly as given
 * @param earliest    first day the date may denote (inclusive); {@code null} for an open start
 * @param latest      last day the date may denote (inclusive); {@code null} for an open end
 * @param precision   {@code day}, {@code month}, {@code year}, {@code decade}, {@code century},
 *                    {@code range} for any interval, or {@code set} for a set (one of its members)
 * @param label       human-readable English label (the given one, or a generated one)
 * @param uncertain   {@code ?} or {@code %} on the date or on either end of an interval
 * @param approximate {@code ~} or {@code %} on the date or on either end of an interval
 * @param oneOf       the members of a set, in order; empty for every other date
 */
public record HistDate(String edtf, LocalDate earliest, LocalDate latest, String precision, String label,
        boolean uncertain, boolean approximate, List<HistDate> oneOf) {

    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String YEAR = "year";
    public static final String DECADE = "decade";
    public static final String CENTURY = "century";
    public static final String RANGE = "range";
    public static final String SET = "set";

    private static final Set<String> PRECISIONS = Set.of(DAY, MONTH, YEAR, DECADE, CENTURY, RANGE, SET);

    private static final String EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %,"
            + " a year YYYX or YYXX, an interval A/B of these (one end may be ..), or a set [A,B,...] of them";
    private static final String EXPECTED_QUERY = "expected YYYY, YYYY-MM or YYYY-MM-DD";

    /** A date that is not a set. */
    public HistDate(String edtf, LocalDate earliest, LocalDate latest, String precision, String label,
            boolean uncertain, boolean approximate) {
        this(edtf, earliest, latest, precision, label, uncertain, approximate, List.of());
    }

    public HistDate {
        Objects.requireNonNull(edtf, "edtf");
        Objects.requireNonNull(label, "label");
        oneOf = oneOf == null ? List.of() : List.copyOf(oneOf);
        if (SET.equals(precision) != !oneOf.isEmpty()) {
            throw new IllegalArgumentException("a set, and only a set, has members (oneOf)");
        }
        if (!PRECISIONS.contains(precision)) {
            throw new IllegalArgumentException("precision must be one of " + PRECISIONS + ", got " + precision);
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
    }

    /**
     * The days this date may denote, as inclusive [first, last] spans in order: one per member of a set, else one
     * (an open end is null). A date filter matches a date when a span touches its window.
     */
    public List<LocalDate[]> spans() {
        if (oneOf.isEmpty()) {
            List<LocalDate[]> one = new ArrayList<>();
            one.add(new LocalDate[] {earliest, latest});
            return one;
        }
        return oneOf.stream().map(m -> new LocalDate[] {m.earliest, m.latest}).toList();
    }

    /**
     * The days of {@link #spans()} as a PostgreSQL datemultirange literal, for example
     * {@code {[1922-05-25,1922-05-26]}} or {@code {[1924-05-01,]}} for an open end.
     */
    public String daysLiteral() {
        StringBuilder sb = new StringBuilder("{");
        for (LocalDate[] span : spans()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('[').append(span[0] == null ? "" : span[0].toString()).append(',')
                    .append(span[1] == null ? "" : span[1].toString()).append(']');
        }
        return sb.append('}').toString();
    }

    /**
     * Parses an EDTF string.
     *
     * @param edtf  the EDTF date, e.g. {@code 1922-12-23}, {@code 1923-03?}, {@code 1922-12-13/1922-12-16}
     * @param label the label to keep, or {@code null} (or blank) to generate one
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static HistDate parse(String edtf, String label) {
        String prefix = "Invalid EDTF date '" + edtf + "': ";
        checkText(edtf, prefix, EXPECTED, true);
        if (edtf.startsWith("[") || edtf.endsWith("]") || edtf.indexOf(',') >= 0) {
            return parseSet(edtf, label, prefix);
        }
        if (edtf.indexOf('[') >= 0 || edtf.indexOf(']') >= 0) {
            throw new IllegalArgumentException(prefix + "'[' and ']' only enclose a whole set, e.g."
                    + " [1922-05-25,1922-05-26]");
        }

        int slash = edtf.indexOf('/');
        if (slash < 0) {
            if (edtf.equals("..")) {
                throw new IllegalArgumentException(prefix + "'..' (an open end) is only allowed as one end of an"
                        + " interval, e.g. '../1917' or '1924-01-21/..'");
            }
            Point p = parsePoint(edtf, prefix);
            return new HistDate(edtf, p.earliest, p.latest, p.precision,
                    chooseLabel(label, p.qualifiedLabel()), p.uncertain, p.approximate);
        }
        if (edtf.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException(prefix + "more than one '/'; an interval has exactly two ends, A/B");
        }
        String a = edtf.substring(0, slash);
        String b = edtf.substring(slash + 1);
        boolean openStart = a.equals("..");
        boolean openEnd = b.equals("..");
        if (openStart && openEnd) {
            throw new IllegalArgumentException(prefix + "both ends of the interval are open; at most one end may"
                    + " be '..', e.g. '../1917' or '1924-01-21/..'");
        }
        Point start = openStart ? null : parseEnd(a, "start", prefix);
        Point end = openEnd ? null : parseEnd(b, "end", prefix);
        if (start != null && end != null && start.earliest.isAfter(end.latest)) {
            throw new IllegalArgumentException(prefix + "the interval ends (" + b + ") before it starts (" + a
                    + "); expected the start to be on or before the end");
        }
        boolean uncertain = (start != null && start.uncertain) || (end != null && end.uncertain);
        boolean approximate = (start != null && start.approximate) || (end != null && end.approximate);
        return new HistDate(edtf, start == null ? null : start.earliest, end == null ? null : end.latest, RANGE,
                chooseLabel(label, rangeLabel(start, end)), uncertain, approximate);
    }

    /**
     * Parses a {@code from}/{@code to} query parameter: {@code YYYY}, {@code YYYY-MM} or
     * {@code YYYY-MM-DD}, without qualifiers, unspecified digits or intervals.
     *
     * @return {@code [first day, last day]} of the year, month or day given
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static LocalDate[] parseQueryBound(String value) {
        String prefix = "Invalid date '" + value + "': ";
        checkText(value, prefix, EXPECTED_QUERY, false);
        if (value.contains("/") || value.contains("..")) {
            throw new IllegalArgumentException(prefix + "intervals are not allowed here (use the from and to"
                    + " parameters for the two ends); " + EXPECTED_QUERY);
        }
        for (char q : new char[] {'?', '~', '%'}) {
            if (value.indexOf(q) >= 0) {
                throw new IllegalArgumentException(prefix + "qualifier '" + q + "' is not allowed here; "
                        + EXPECTED_QUERY);
            }
        }
        if (value.indexOf('X') >= 0) {
            throw new IllegalArgumentException(prefix + "unspecified digits (X) are not allowed here; "
                    + EXPECTED_QUERY);
        }
        Point p = parsePoint(value, prefix);
        return new LocalDate[] {p.earliest, p.latest};
    }

    // ---------------------------------------------------------------- parsing

    /**
     * A set {@code [A,B,...]}: two or more single dates (no intervals), each after the one before it. Its bounds
     * are those of its first and last members; uncertain or approximate if any member is.
     */
    private static HistDate parseSet(String edtf, String label, String prefix) {
        if (!edtf.startsWith("[") || !edtf.endsWith("]")) {
            throw new IllegalArgumentException(prefix + "a set is written in square brackets with its dates separated"
                    + " by commas, e.g. [1922-05-25,1922-05-26]");
        }
        String inner = edtf.substring(1, edtf.length() - 1);
        if (inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0) {
            throw new IllegalArgumentException(prefix + "sets cannot be nested");
        }
        if (inner.contains("/") || inner.contains("..")) {
            throw new IllegalArgumentException(prefix + "a set lists single dates (YYYY, YYYY-MM or YYYY-MM-DD, with an"
                    + " optional qualifier); intervals and '..' are not supported inside a set");
        }
        String[] parts = inner.split(",", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException(prefix + "a set needs at least two dates, e.g. [1922-05-25,1922-05-26];"
                    + " write a single date without brackets");
        }
        List<HistDate> members = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String m = parts[i];
            if (m.isEmpty()) {
                throw new IllegalArgumentException(prefix + "member " + (i + 1) + " of the set is empty (doubled or"
                        + " trailing ',')");
            }
            Point p = parsePoint(m, prefix + "member " + (i + 1) + " of the set, '" + m + "': ");
            if (!points.isEmpty() && !points.get(points.size() - 1).latest.isBefore(p.earliest)) {
                throw new IllegalArgumentException(prefix + "member '" + m + "' does not come after '"
                        + parts[i - 1] + "'; list the dates of a set in chronological order, without overlaps");
            }
            points.add(p);
            members.add(new HistDate(m, p.earliest, p.latest, p.precision, p.qualifiedLabel(), p.uncertain,
                    p.approximate));
        }
        boolean uncertain = points.stream().anyMatch(p -> p.uncertain);
        boolean approximate = points.stream().anyMatch(p -> p.approximate);
        LocalDate latest = points.stream().map(p -> p.latest).max(LocalDate::compareTo).orElseThrow();
        return new HistDate(edtf, points.get(0).earliest, latest, SET, chooseLabel(label, setLabel(points)),
                uncertain, approximate, members);
    }

    private static void checkText(String s, String prefix, String expected, boolean sets) {
        if (s == null) {
            throw new IllegalArgumentException("Invalid date: no value (null); " + expected);
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException(prefix + "the value is empty; " + expected);
        }
        if (!s.equals(s.strip())) {
            throw new IllegalArgumentException(prefix + "leading or trailing whitespace; remove it ('"
                    + s.strip() + "')");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'x') {
                throw new IllegalArgumentException(prefix + "lower-case 'x' at position " + (i + 1)
                        + "; unspecified digits are written with an upper-case 'X' (e.g. 192X)");
            }
            if (!(c >= '0' && c <= '9') && "X-/.?~%".indexOf(c) < 0 && !(sets && "[],".indexOf(c) >= 0)) {
                throw new IllegalArgumentException(prefix + "unexpected character '" + c + "' at position "
                        + (i + 1) + "; " + expected);
            }
        }
    }

    private static Point parseEnd(String s, String which, String prefix) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException(prefix + "the " + which + " of the interval is empty; write '..'"
                    + " for an open " + which);
        }
        return parsePoint(s, prefix + "the " + which + " of the interval, '" + s + "': ");
    }

    /** One date without '/': YYYY, YYYY-MM, YYYY-MM-DD, YYYX, YYXX, each with an optional qualifier. */
    private static Point parsePoint(String s, String prefix) {
        boolean uncertain = false;
        boolean approximate = false;
        String body = s;
        char last = s.charAt(s.length() - 1);
        if (last == '?' || last == '~' || last == '%') {
            body = s.substring(0, s.length() - 1);
            uncertain = last == '?' || last == '%';
            approximate = last == '~' || last == '%';
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '?' || c == '~' || c == '%') {
                String what = i == body.length() - 1 ? "more than one qualifier; use '%' for uncertain and"
                        + " approximate, e.g. 1922%" : "qualifier '" + c + "' must come last, e.g. 1923-03-09?";
                throw new IllegalArgumentException(prefix + what);
            }
            if (c == '.') {
                throw new IllegalArgumentException(prefix + "unexpected '.'; '..' is only allowed as a whole end"
                        + " of an interval; " + EXPECTED_QUERY);
            }
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException(prefix + "a qualifier without a date; " + EXPECTED_QUERY
                    + ", e.g. 1922?");
        }
        if (body.startsWith("-")) {
            throw new IllegalArgumentException(prefix + "negative years are not supported; expected a four-digit"
                    + " year 0000-9999");
        }
        String[] parts = body.split("-", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException(prefix + "too many '-'-separated parts; " + EXPECTED_QUERY);
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException(prefix + "an empty part (doubled or trailing '-'); "
                        + EXPECTED_QUERY);
            }
        }

        String y = parts[0];
        if (y.length() != 4) {
            String hint = y.length() > 4 ? "years must have exactly four digits (0000-9999)"
                    : "years must have exactly four digits, zero-padded (e.g. 0" + y + ")";
            throw new IllegalArgumentException(prefix + "year '" + y + "' has " + y.length() + " characters; "
                    + hint);
        }
        int unspecified = 0;
        if (y.endsWith("XX")) {
            unspecified = 2;
        } else if (y.endsWith("X")) {
            unspecified = 1;
        }
        String known = y.substring(0, 4 - unspecified);
        if (known.indexOf('X') >= 0) {
            throw new IllegalArgumentException(prefix + "year '" + y + "': only the last one or two digits may be"
                    + " unspecified (YYYX for a decade, YYXX for a century)");
        }
        if (unspecified > 0 && parts.length > 1) {
            throw new IllegalArgumentException(prefix + "unspecified digits (X) are only allowed in a year"
                    + " without month or day (YYYX or YYXX)");
        }
        if (unspecified > 0) {
            int from = Integer.parseInt(known) * (unspecified == 1 ? 10 : 100);
            int span = unspecified == 1 ? 10 : 100;
            return new Point(LocalDate.of(from, 1, 1), LocalDate.of(from + span - 1, 12, 31),
                    unspecified == 1 ? DECADE : CENTURY, from, 0, 0, uncertain, approximate);
        }
        int year = Integer.parseInt(y);
        if (parts.length == 1) {
            return new Point(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), YEAR, year, 0, 0,
                    uncertain, approximate);
        }

        String m = parts[1];
        if (m.length() != 2) {
            throw new IllegalArgumentException(prefix + "month '" + m + "' must have two digits; expected 01-12");
        }
        int month = Integer.parseInt(m);
        if (month < 1 || month > 12) {
            String seasons = month >= 21 && month <= 24 ? " (EDTF seasons 21-24 are not supported)" : "";
            throw new IllegalArgumentException(prefix + "month " + m + " is out of range; expected 01-12"
                    + seasons);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        if (parts.length == 2) {
            return new Point(first, first.withDayOfMonth(first.lengthOfMonth()), MONTH, year, month, 0,
                    uncertain, approximate);
        }

        String d = parts[2];
        if (d.length() != 2) {
            throw new IllegalArgumentException(prefix + "day '" + d + "' must have two digits; expected 01-"
                    + first.lengthOfMonth());
        }
        int day = Integer.parseInt(d);
        int length = first.lengthOfMonth();
        if (day < 1 || day > length) {
            String why = monthName(month) + " " + year + " has " + length + " days";
            if (month == 2 && day == 29) {
                why += " (" + year + " is not a leap year)";
            }
            throw new IllegalArgumentException(prefix + "day " + d + " is out of range: " + why + "; expected 01-"
                    + length);
        }
        LocalDate date = first.withDayOfMonth(day);
        return new Point(date, date, DAY, year, month, day, uncertain, approximate);
    }

    // ---------------------------------------------------------------- labels

    private static String chooseLabel(String given, String generated) {
        return given == null || given.isBlank() ? generated : given;
    }

    private static String rangeLabel(Point start, Point end) {
        if (start == null) {
            return "until " + end.qualifiedLabel();
        }
        if (end == null) {
            return "from " + start.qualifiedLabel() + " onward";
        }
        if (start.qualified() || end.qualified()) {
            return start.qualifiedLabel() + " - " + end.qualifiedLabel();
        }
        if (start.precision.equals(end.precision) && start.earliest.equals(end.earliest)) {
            return start.plainLabel(); // same date at both ends
        }
        if (start.precision.equals(DAY) && end.precision.equals(DAY) && start.year == end.year) {
            if (start.month == end.month) {
                return monthName(start.month) + " " + start.day + "-" + end.day + ", " + start.year;
            }
            return monthName(start.month) + " " + start.day + " - " + monthName(end.month) + " " + end.day + ", "
                    + start.year;
        }
        if (start.precision.equals(MONTH) && end.precision.equals(MONTH) && start.year == end.year) {
            return monthName(start.month) + " - " + monthName(end.month) + " " + start.year;
        }
        if (start.precision.equals(YEAR) && end.precision.equals(YEAR)) {
            return start.year + "-" + end.year;
        }
        return start.plainLabel() + " - " + end.plainLabel();
    }

    /** "May 25 or 26, 1922"; "December 22 or 30, 1922"; "March 1921 or April 3, 1922". */
    private static String setLabel(List<Point> points) {
        boolean days = points.stream().allMatch(p -> p.precision.equals(DAY) && !p.qualified());
        boolean oneYear = points.stream().allMatch(p -> p.year == points.get(0).year);
        List<String> words = new ArrayList<>();
        if (days && oneYear) {
            int month = -1;
            for (Point p : points) {
                words.add(p.month == month ? Integer.toString(p.day) : monthName(p.month) + " " + p.day);
                month = p.month;
            }
            return alternatives(words) + ", " + points.get(0).year;
        }
        for (Point p : points) {
            words.add(p.qualifiedLabel());
        }
        return alternatives(words);
    }

    private static String alternatives(List<String> words) {
        if (words.size() == 2) {
            return words.get(0) + " or " + words.get(1);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** One parsed date; for decades and centuries {@code year} is the first year. */
    private record Point(LocalDate earliest, LocalDate latest, String precision, int year, int month, int day,
            boolean uncertain, boolean approximate) {

        boolean qualified() {
            return uncertain || approximate;
        }

        String plainLabel() {
            return switch (precision) {
                case DAY -> monthName(month) + " " + day + ", " + year;
                case MONTH -> monthName(month) + " " + year;
                case YEAR -> Integer.toString(year);
                case DECADE -> "the " + year + "s";
                case CENTURY -> "the " + ordinal(year / 100 + 1) + " century";
                default -> throw new IllegalStateException(precision);
            };
        }

        /** "about ..." for {@code ~}, "... (uncertain)" for {@code ?}, both for {@code %}. */
        String qualifiedLabel() {
            String label = plainLabel();
            if (approximate) {
                label = "about " + label;
            }
            if (uncertain) {
                label += " (uncertain)";
            }
            return label;
        }
    }
}
