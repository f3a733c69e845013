package org.laststruggle.source;

import java.util.List;

/**
 * One paragraph-sized span of a source's raw text, as cut by {@link PassageSplitter}.
 *
 * @param seq         0-based position of the passage in its source
 * @param start       code-point offset (== Java String index) of the first character, inclusive
 * @param end         offset after the last character, exclusive; {@code raw.substring(start, end)}
 *                    is the exact raw span, trimmed of surrounding whitespace
 * @param printedPage printed page of the book this passage stands on, or null (front/back
 *                    matter, sources without pages)
 * @param part        part of the book (e.g. "Part III: Lenin's Testament", "Biographical Notes",
 *                    "Index"), or null
 * @param section     document or chapter (e.g. "Letter to the Congress", "Notes to Part III"), or null
 * @param cleanText   the text for reading ({@link ReadingForm}): soft line-end hyphens joined, real ones
 *                    kept, wrapped lines joined, whitespace collapsed, trimmed
 * @param softHyphens raw offsets of the line-end hyphens the reading text drops as soft
 */
public record PassageDraft(int seq, int start, int end, Integer printedPage, String part, String section,
        String cleanText, List<Integer> softHyphens) {

    public PassageDraft {
        softHyphens = List.copyOf(softHyphens);
    }
}
