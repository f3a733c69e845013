package org.laststruggle.curation;

import java.util.List;

/** The curated data as read from the YAML files, before it is checked and resolved. */
public final class Curation {

    private Curation() {
    }

    /** Where something was written: file name and 1-based line. */
    public record Loc(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    public record Cite(String source, String quote, Integer occurrence, String after, Loc loc) {
    }

    /** A date: EDTF, the source's wording of it, and what else the source says beside it (a note). */
    public record DateIn(String edtf, String label, String note, Loc loc) {
    }

    /** A reference to another entity, with a role where the context has one. */
    public record RefIn(String id, String role, Loc loc) {
    }

    public record BodyIn(String id, String name, String kind, String summary, List<Cite> cites, Loc loc) {
    }

    /**
     * A person; {@code misreadings} are spellings that are errors of a source's text (OCR misreadings, typing
     * errors): searchable, never shown as names.
     */
    public record PersonIn(String id, String name, String sortName, List<String> variants, List<String> misreadings,
            DateIn born, DateIn died, String summary, List<Cite> cites, Loc loc) {
    }

    public record CongressIn(String id, String name, String body, Integer number, String kind, DateIn date,
            String place, String summary, List<Cite> cites, Loc loc) {
    }

    public record DocumentIn(String id, String title, String kind, List<RefIn> authors, List<RefIn> recipients,
            List<RefIn> dictatedTo, DateIn date, RefIn partOf, RefIn congress, DateIn published,
            List<Cite> publishedCites, String summary, List<Cite> cites, Loc loc) {
    }

    public record EventIn(String id, String title, String summary, String type, DateIn date, List<RefIn> persons,
            List<RefIn> documents, RefIn congress, List<Cite> cites, Loc loc) {
    }

    public record ClaimIn(String statement, String value, boolean preferred, String reason, List<Cite> cites, Loc loc) {
    }

    /**
     * A dispute; {@code subjectField} names the date of the subject it is about ({@code date}, {@code firstPublished},
     * {@code born}, {@code died}), null when it is about something else.
     */
    public record DisputeIn(String id, String question, RefIn subject, String subjectType, String subjectField,
            List<ClaimIn> claims, Loc loc) {

        /** The published id of the claim at {@code index} (0-based): the dispute's id, "-claim-" and its 1-based position. */
        public String claimId(int index) {
            return id + "-claim-" + (index + 1);
        }
    }

    /** Everything read from one curation directory. */
    public record Data(List<BodyIn> bodies, List<PersonIn> persons, List<CongressIn> congresses,
            List<DocumentIn> documents, List<EventIn> events, List<DisputeIn> disputes) {
    }
}
