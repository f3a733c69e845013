package org.laststruggle.common;

import java.util.List;
import java.util.Set;

/**
 * The controlled vocabularies of the curated data, shared by the loader (which rejects anything
 * else) and the API filters (which answer 400 for anything else).
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static final Set<String> BODY_KINDS = Set.of("party-organ", "state-organ", "congress-delegates", "other");
    public static final Set<String> CONGRESS_KINDS = Set.of("congress", "conference", "plenum", "session");
    /** Document kinds in the order the API lists them. */
    public static final List<String> DOCUMENT_KINDS = List.of("letter", "note", "article", "resolution", "telegram",
            "speech", "report", "book", "other");
    /** The kinds /letters shows: correspondence and dictated notes. */
    public static final List<String> LETTER_KINDS = List.of("letter", "note", "telegram");
    public static final Set<String> EVENT_TYPES = Set.of("health", "meeting", "decision", "dictation", "correspondence",
            "publication", "congress", "conflict", "appointment", "death", "policy", "other");
    public static final Set<String> SUBJECT_TYPES = Set.of("person", "document", "congress", "event", "body");

    /** Edit distance between two strings (insertions, deletions, substitutions). */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
