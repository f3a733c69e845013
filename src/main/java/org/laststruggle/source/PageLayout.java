package org.laststruggle.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page layout of a printed book behind a source text, as data ({@code db/sources/*.layout.yaml}, named by the
 * source's {@code layout} in {@code sources.yaml}): the running heads at the top of its pages, how the OCR misreads
 * the digits of page numbers, and the lines where its parts and documents begin with their pages from the table of
 * contents. {@link PassageSplitter} uses it to give passages their printed page, part and section.
 *
 * @param evenTitles  titles of the heads of even pages, printed "page title"
 * @param oddTitles   titles of the heads of odd pages, printed "title page"
 * @param folioDigits what the OCR reads for a digit (T for 7, l for 1, ...), each to the digit it stands for
 * @param anchors     where parts and documents begin, in book order
 */
public record PageLayout(List<String> evenTitles, List<String> oddTitles, Map<Character, Character> folioDigits,
        List<Anchor> anchors) {

    /**
     * A line of the book where a part or document begins. {@code setsPart}: a new part begins (its {@code part},
     * possibly null); {@code section}: the document or chapter that begins; {@code page}: its page from the table of
     * contents; {@code back}: the paged book ends here (no page, part or section after it).
     */
    public record Anchor(String line, boolean setsPart, String part, String section, Integer page, boolean back) {
    }

    public PageLayout {
        evenTitles = List.copyOf(evenTitles);
        oddTitles = List.copyOf(oddTitles);
        folioDigits = Map.copyOf(folioDigits);
        anchors = List.copyOf(anchors);
    }

    /** Reads a layout from its parsed YAML; a mistake names the field to fix. */
    @SuppressWarnings("unchecked")
    static PageLayout fromYaml(String file, Map<String, Object> root) {
        Map<String, Object> heads = (Map<String, Object>) need(file, root, "runningHeads");
        List<String> even = titles(file, heads, "even", "{page} {title}");
        List<String> odd = titles(file, heads, "odd", "{title} {page}");
        Map<Character, Character> digits = new LinkedHashMap<>();
        Map<String, Object> fd = (Map<String, Object>) root.getOrDefault("folioDigits", Map.of());
        fd.forEach((k, v) -> {
            String d = String.valueOf(v);
            if (k.length() != 1 || d.length() != 1 || !Character.isDigit(d.charAt(0))) {
                throw new IllegalArgumentException(file + ": folioDigits maps one character to one digit, found " + k
                        + ": " + v);
            }
            digits.put(k.charAt(0), d.charAt(0));
        });
        List<Anchor> anchors = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) need(file, root, "anchors")) {
            String line = (String) need(file, a, "line");
            boolean back = Boolean.TRUE.equals(a.get("back"));
            Object page = a.get("page");
            if (!back && !(page instanceof Integer)) {
                throw new IllegalArgumentException(file + ": anchor '" + line + "' needs its page (a number) from the"
                        + " table of contents");
            }
            anchors.add(new Anchor(line, back || a.containsKey("part"), (String) a.get("part"), (String) a.get("section"),
                    back ? null : (Integer) page, back));
        }
        return new PageLayout(even, odd, digits, anchors);
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(String file, Map<String, Object> heads, String side, String format) {
        Map<String, Object> h = (Map<String, Object>) need(file, heads, side);
        if (!format.equals(h.get("format"))) {
            throw new IllegalArgumentException(file + ": runningHeads." + side + ".format must be \"" + format
                    + "\", found " + h.get("format"));
        }
        return (List<String>) need(file, h, "titles");
    }

    private static Object need(String file, Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException(file + ": missing '" + key + "'");
        }
        return v;
    }
}
