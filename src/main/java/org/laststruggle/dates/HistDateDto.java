package org.laststruggle.dates;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A historical date as the API shows it. */
@Schema(name = "HistDate", description = "A historical date: EDTF form, inclusive ISO bounds, precision and the source's wording."
        + " uncertain (EDTF '?') and approximate ('~') flag dates the sources hedge; disputed flags a date the sources"
        + " disagree on (see the disputes of the entity). A date the sources dispute with no preferred side is an EDTF set"
        + " ('one of', precision set) whose members, in oneOf, are the claimed dates; earliest and latest then span all of"
        + " them, and the date filters (from, to) find the entity under any claimed date. Lists sort by sortKey.")
public record HistDateDto(
        @Schema(description = "Extended Date/Time Format (ISO 8601-2)", examples = "1922-12-23") String edtf,
        @Schema(nullable = true, description = "First possible day (inclusive); null for an open start", examples = "1922-12-23") LocalDate earliest,
        @Schema(nullable = true, description = "Last possible day (inclusive); null for an open end", examples = "1922-12-23") LocalDate latest,
        @Schema(description = "day, month, year, decade, century, range (an interval) or set (one of the dates in oneOf)",
                examples = "day") String precision,
        @Schema(description = "The date as the source gives it; a part in square brackets is not in the source's words"
                + " but supplied from the context", examples = "December 23, 1922") String label,
        @Schema(description = "The source hedges the date (EDTF '?' or '%')") boolean uncertain,
        @Schema(description = "The date is approximate (EDTF '~' or '%')") boolean approximate,
        @Schema(description = "The sources disagree on this date: with a preferred side, the date is that side's; without"
                + " one, the date is the set of all the claimed dates") boolean disputed,
        @Schema(description = "For a set (precision set): the claimed dates, in order; empty otherwise") List<DateOption> oneOf,
        @Schema(nullable = true, description = "What the source says beside the date (a heading, where or when it was sent or printed);"
                + " null when nothing", examples = "Received by Lenin on December 15") String note,
        @Schema(description = "The key of the one chronological order of the API and the page, compared as text: the last"
                + " day the date (an interval: its start; a set: its last member) may denote as YYYYMMDD, the precision"
                + " rank (0 day, 1 a set whose last member is a day, 2 month, 3 year, 4 decade, 5 century), and the last"
                + " day of the whole date as YYYYMMDD (99991231 for an open end). So 'December 1922' comes after every"
                + " day of December 1922, and '1922' after every month of 1922", examples = "19221223019221223") String sortKey) {

    /** One member of a set: a claimed date. */
    @Schema(name = "DateOption", description = "One of the dates of an EDTF set: a date one side of a dispute claims")
    public record DateOption(
            @Schema(description = "EDTF of this date", examples = "1922-12-16") String edtf,
            @Schema(description = "First possible day (inclusive)", examples = "1922-12-16") LocalDate earliest,
            @Schema(description = "Last possible day (inclusive)", examples = "1922-12-16") LocalDate latest,
            @Schema(description = "How a person would say it", examples = "December 16, 1922") String label) {
    }

    /** The DTO of a parsed date; null for none. */
    public static HistDateDto of(HistDate h, String note, boolean disputed) {
        if (h == null) {
            return null;
        }
        List<DateOption> options = h.oneOf().stream()
                .map(m -> new DateOption(m.edtf(), m.earliest(), m.latest(), m.label())).toList();
        return new HistDateDto(h.edtf(), h.earliest(), h.latest(), h.precision(), h.label(), h.uncertain(),
                h.approximate(), disputed, options, note, Chronology.sortKey(h));
    }

    /** From stored columns: the EDTF string (null when there is no date), its label, note and disputed flag. */
    public static HistDateDto of(String edtf, String label, String note, boolean disputed) {
        if (edtf == null) {
            return null;
        }
        return of(HistDate.parse(edtf, label), note, disputed);
    }
}
