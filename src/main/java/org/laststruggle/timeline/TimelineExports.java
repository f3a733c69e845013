package org.laststruggle.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.laststruggle.dates.HistDateDto;

/** Shapes timeline entries into the TimelineJS3 and vis-timeline formats. Pure functions. */
public final class TimelineExports {

    private TimelineExports() {
    }

    // ---------------------------------------------------------------- TimelineJS3

    /** The title slide of a TimelineJS3 document of {@code count} entries. */
    static TimelineJs.Slide titleSlide(int count) {
        return new TimelineJs.Slide(null, null, null, new TimelineJs.Text("Lenin's Last Struggle",
                "<p>Events, documents and congresses, each with the sources it is cited from (" + count
                        + " entries).</p>"), null, null);
    }

    /** One entry as a TimelineJS3 slide (rendered into the read model at load time). */
    public static TimelineJs.Slide slide(TimelineEntry e) {
        HistDateDto d = e.date();
        String edtf = d.edtf();
        TimelineJs.Date start;
        TimelineJs.Date end = null;
        int slash = edtf.indexOf('/');
        if (!d.oneOf().isEmpty()) {
            // a disputed date, one of several claimed dates: the span from the first claim to the last
            start = jsDate(d.oneOf().get(0).edtf());
            end = jsDate(d.oneOf().get(d.oneOf().size() - 1).edtf());
        } else if (slash >= 0) {
            String a = edtf.substring(0, slash);
            String b = edtf.substring(slash + 1);
            if (a.equals("..")) {
                start = jsDate(b);
            } else {
                start = jsDate(a);
                end = b.equals("..") ? null : jsDate(b);
            }
        } else {
            start = jsDate(edtf);
            if (edtf.contains("X") && d.latest() != null) {
                end = new TimelineJs.Date(d.latest().getYear(), null, null); // a decade or century: show its span
            }
        }
        return new TimelineJs.Slide(start, end, displayDate(d),
                new TimelineJs.Text(html(e.title()), text(e)), e.kind(), e.id());
    }

    /** One end of an EDTF date as a TimelineJS date carrying only the precision it has. */
    static TimelineJs.Date jsDate(String point) {
        String p = point.replaceAll("[?~%]", "");
        String[] parts = p.split("-");
        if (parts[0].contains("X")) {
            return new TimelineJs.Date(Integer.parseInt(parts[0].replace('X', '0')), null, null);
        }
        int year = Integer.parseInt(parts[0]);
        Integer month = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
        Integer day = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
        return new TimelineJs.Date(year, month, day);
    }

    /** The label, with "c." before an approximate date and "(?)" after an uncertain one. */
    static String displayDate(HistDateDto d) {
        String label = d.label();
        if (d.approximate()) {
            label = "c. " + label;
        }
        if (d.uncertain()) {
            label = label + " (?)";
        }
        if (d.disputed()) {
            label = label + " (disputed)";
        }
        return label;
    }

    private static String text(TimelineEntry e) {
        StringBuilder sb = new StringBuilder();
        if (e.summary() != null && !e.summary().isBlank()) {
            sb.append("<p>").append(html(e.summary())).append("</p>");
        }
        if (!e.sources().isEmpty()) {
            sb.append("<p>Sources:</p><ul>");
            for (TimelineEntry.Source s : e.sources()) {
                sb.append("<li>").append(html(s.sourceTitle()));
                if (s.citation().page() != null) {
                    sb.append(", p. ").append(s.citation().page());
                }
                sb.append(": \u201c").append(html(s.citation().quote().replaceAll("\\s+", " "))).append("\u201d</li>");
            }
            sb.append("</ul>");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- vis-timeline

    /** The vis-timeline groups (rows) of the kinds present, in the timeline's kind order. */
    static List<VisTimeline.Group> visGroups(Set<String> kinds) {
        List<VisTimeline.Group> groups = new ArrayList<>();
        for (String k : TimelineQuery.KINDS) {
            if (kinds.contains(k)) {
                groups.add(new VisTimeline.Group(k, switch (k) {
                    case "event" -> "Events";
                    case "document" -> "Documents";
                    default -> "Congresses";
                }));
            }
        }
        return groups;
    }

    /** One entry as a vis-timeline item (rendered into the read model at load time). */
    public static VisTimeline.Item visItem(TimelineEntry e) {
        HistDateDto d = e.date();
        LocalDate start = d.earliest() != null ? d.earliest() : d.latest();
        Set<String> classes = new LinkedHashSet<>(List.of(e.kind(), e.type()));
        LocalDate end = null;
        String type = "box";
        if (d.earliest() != null && d.latest() != null && d.latest().isAfter(d.earliest())) {
            type = "range";
            end = d.latest().plusDays(1);
            if (!"range".equals(d.precision()) && !"set".equals(d.precision())) {
                classes.add("imprecise");
            }
        } else if (d.earliest() == null || d.latest() == null) {
            classes.add("open-end");
        }
        if (d.uncertain()) classes.add("uncertain");
        if (d.approximate()) classes.add("approximate");
        if (d.disputed()) classes.add("disputed");
        StringBuilder tip = new StringBuilder(d.label());
        if (d.uncertain()) tip.append(" (uncertain)");
        if (d.approximate()) tip.append(" (approximate)");
        if (d.disputed()) tip.append(" (disputed)");
        tip.append(": ").append(e.title());
        return new VisTimeline.Item(e.id(), html(e.title()), start, end, type, e.kind(), html(tip.toString()),
                String.join(" ", classes));
    }

    /** Escapes text for HTML element content and attribute values. */
    static String html(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
