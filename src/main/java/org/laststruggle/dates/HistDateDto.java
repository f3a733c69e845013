package org.laststruggle.dates;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A historical date as the API shows it. */
@Schema(name = "HistDate", description = "A historical date: EDTF form, inclusive ISO bounds, precision and the source's wording."
        + " uncertain (EDTF '?') and approximate ('~') flag dates the sources hedge.")
public record HistDateDto(
        @Schema(description = "Extended Date/Time Format (ISO 8601-2)", examples = "1922-12-23") String edtf,
        @Schema(nullable = true, description = "First possible day (inclusive); null for an open start", examples = "1922-12-23") LocalDate earliest,
        @Schema(nullable = true, description = "Last possible day (inclusive); null for an open end", examples = "1922-12-23") LocalDate latest,
        @Schema(description = "day, month, year, decade, century or range", examples = "day") String precision,
        @Schema(description = "How a person would say it, close to the source's wording", examples = "December 23, 1922") String label,
        @Schema(description = "The source hedges the date (EDTF '?' or '%')") boolean uncertain,
        @Schema(description = "The date is approximate (EDTF '~' or '%')") boolean approximate) {

    /** From stored columns; null when there is no date. */
    public static HistDateDto of(String edtf, String label, String precision, LocalDate earliest, LocalDate latest) {
        if (edtf == null) {
            return null;
        }
        return new HistDateDto(edtf, earliest, latest, precision, label,
                edtf.contains("?") || edtf.contains("%"), edtf.contains("~") || edtf.contains("%"));
    }
}
