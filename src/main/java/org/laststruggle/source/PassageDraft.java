package org.laststruggle.source;

public record PassageDraft(int seq, int start, int end, Integer printedPage, String part, String section, String cleanText) {
}
