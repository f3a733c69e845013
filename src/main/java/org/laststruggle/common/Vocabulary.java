package org.laststruggle.common;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The controlled vocabularies of the curated data, shared by the loader (which rejects anything
 * else), the API filters (which answer 400 for anything else) and the OpenAPI document (the enums
 * below become its enum schemas). The constants are spelled exactly as the API and the curation
 * files spell the words, hence lower case.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Schema(name = "EventType", description = "The type of a dated event")
    public enum EventType {
        health, meeting, decision, dictation, correspondence, publication, congress, conflict, appointment, death, policy, other
    }

    @Schema(name = "DocumentKind", description = "The kind of a document")
    public enum DocumentKind {
        letter, note, article, resolution, telegram, speech, report, book, other
    }

    @Schema(name = "LetterKind", description = "The kinds of document /letters serves: correspondence and dictated notes")
    public enum LetterKind {
        letter, note, telegram
    }

    @Schema(name = "CongressKind", description = "The kind of a congress, conference, plenum or session")
    public enum CongressKind {
        congress, conference, plenum, session
    }

    @Schema(name = "SubjectType", description = "What a dispute is about")
    public enum SubjectType {
        person, body, congress, document, event
    }

    public static final Set<String> BODY_KINDS = Set.of("party-organ", "state-organ", "congress-delegates", "other");
    public static final Set<String> CONGRESS_KINDS = names(CongressKind.values()).stream().collect(Collectors.toUnmodifiableSet());
    /** Document kinds in the order the API lists them. */
    public static final List<String> DOCUMENT_KINDS = names(DocumentKind.values());
    /** The kinds /letters shows: correspondence and dictated notes. */
    public static final List<String> LETTER_KINDS = names(LetterKind.values());
    public static final Set<String> EVENT_TYPES = names(EventType.values()).stream().collect(Collectors.toUnmodifiableSet());
    public static final Set<String> SUBJECT_TYPES = names(SubjectType.values()).stream().collect(Collectors.toUnmodifiableSet());

    /** The words of an enum, in declaration order. */
    public static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

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
