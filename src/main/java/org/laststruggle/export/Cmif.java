package org.laststruggle.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.laststruggle.annotation.Iris;
import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Ref;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.document.DocumentSummary;
import org.laststruggle.source.SourceDto;

/**
 * The letters as one CMIF document (Correspondence Metadata Interchange Format, TEI P5, version 1
 * of the TEI Correspondence SIG, read by correspSearch): one correspDesc per letter, note or
 * telegram with its sender(s), addressee(s) and date, the sources as the bibliography. A pure
 * function of the API's records.
 */
public final class Cmif {

    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private Cmif() {
    }

    /**
     * @param letters  the letters in the API's order
     * @param sources  every source (the bibliography; a letter points to those citing it)
     * @param loadedOn the day the data was loaded (the file's publication date), null if unknown
     * @param self     the URL this document is served at
     */
    public static String document(List<DocumentSummary> letters, List<SourceDto> sources, LocalDate loadedOn, Iris iris,
            String self) {
        Xml x = new Xml();
        x.open("TEI", "xmlns", TEI_NS);
        x.open("teiHeader").open("fileDesc");
        x.open("titleStmt");
        x.leaf("title", "Letters, notes and telegrams of Lenin's last struggle: correspondence metadata of the Last"
                + " Struggle API");
        x.leaf("editor", "Last Struggle");
        x.close("titleStmt");
        x.open("publicationStmt");
        x.wrapped("publisher", "ref", "Last Struggle", "target", iris.project());
        x.leaf("idno", self, "type", "url");
        x.leaf("date", null, "when", loadedOn == null ? null : loadedOn.toString());
        x.open("availability");
        x.leaf("licence", "This file is licensed under the terms of the Creative Commons License CC-BY 4.0",
                "target", LICENCE);
        x.close("availability");
        x.close("publicationStmt");
        x.open("sourceDesc");
        for (SourceDto s : sources) {
            x.leaf("bibl", bibl(s), "type", s.firstPage() != null ? "print" : "online", "xml:id", biblId(s.id()));
        }
        x.close("sourceDesc");
        x.close("fileDesc");
        x.open("profileDesc");
        for (DocumentSummary d : letters) {
            correspDesc(x, d, iris);
        }
        x.close("profileDesc");
        x.close("teiHeader");
        x.open("text").open("body").leaf("p", null).close("body").close("text");
        x.close("TEI");
        return x.toString();
    }

    private static void correspDesc(Xml x, DocumentSummary d, Iris iris) {
        Set<String> cited = new LinkedHashSet<>();
        for (CitationDto c : d.citations()) {
            cited.add("#" + biblId(c.sourceId()));
        }
        x.open("correspDesc", "ref", iris.letter(d.id()), "source", cited.isEmpty() ? null : String.join(" ", cited));
        x.open("correspAction", "type", "sent");
        for (Ref a : d.authors()) {
            name(x, a, iris);
        }
        date(x, d.date());
        x.close("correspAction");
        if (!d.recipients().isEmpty()) {
            x.open("correspAction", "type", "received");
            for (Ref r : d.recipients()) {
                name(x, r, iris);
            }
            x.close("correspAction");
        }
        x.close("correspDesc");
    }

    /** Persons as persName, bodies and congresses (addressed as assemblies) as orgName, each with its API URL. */
    private static void name(Xml x, Ref r, Iris iris) {
        x.leaf("person".equals(r.type()) ? "persName" : "orgName", r.name(), "ref", iris.entity(r.type(), r.id()));
    }

    /** The date element of a letter: see {@link #dateAttributes}; its text is the date in words. */
    private static void date(Xml x, HistDateDto d) {
        if (d == null) {
            return;
        }
        x.leaf("date", d.label(), dateAttributes(d));
    }

    /** A date of ISO 8601 as it is (EDTF level 0): year, year-month or full date. */
    private static final String PLAIN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    /**
     * The W3C attributes of a date, from its EDTF and bounds: a certain single date of day, month or
     * year precision is {@code when} (the EDTF itself); a certain interval of such dates is
     * {@code from}/{@code to}; anything coarser (decades, open ends, a set of claimed dates) is
     * bounded by {@code notBefore}/{@code notAfter} (earliest and latest possible day); a date the
     * sources hedge (uncertain, approximate) or disagree on (disputed) is bounded so too and marked
     * {@code cert="low"}.
     */
    static String[] dateAttributes(HistDateDto d) {
        boolean hedged = d.uncertain() || d.approximate() || d.disputed();
        List<String> a = new ArrayList<>();
        String edtf = d.edtf();
        if (!hedged && edtf.matches(PLAIN)) {
            a.add("when");
            a.add(edtf);
        } else if (!hedged && edtf.matches(PLAIN + "/" + PLAIN)) {
            a.add("from");
            a.add(edtf.substring(0, edtf.indexOf('/')));
            a.add("to");
            a.add(edtf.substring(edtf.indexOf('/') + 1));
        } else {
            if (d.earliest() != null) {
                a.add("notBefore");
                a.add(d.earliest().toString());
            }
            if (d.latest() != null) {
                a.add("notAfter");
                a.add(d.latest().toString());
            }
            if (hedged) {
                a.add("cert");
                a.add("low");
            }
        }
        return a.toArray(String[]::new);
    }

    private static String bibl(SourceDto s) {
        StringBuilder b = new StringBuilder();
        if (s.author() != null) b.append(s.author()).append(": ");
        b.append(s.title());
        if (s.publisher() != null) b.append(". ").append(s.publisher());
        if (s.published() != null) b.append(", ").append(s.published());
        b.append('.');
        if (s.url() != null) b.append(' ').append(s.url());
        return b.toString();
    }

    /** The xml:id of a source's bibl (an NCName whatever the source id). */
    static String biblId(String sourceId) {
        return "source-" + sourceId;
    }
}
