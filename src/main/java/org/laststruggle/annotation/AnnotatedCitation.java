package org.laststruggle.annotation;

import org.laststruggle.common.CitationDto;

/**
 * A citation with the fact it is evidence for.
 *
 * @param subjectType  what the citation table calls the subject: person, body, congress, document,
 *                     publication (a document's first publication), event or claim
 * @param subjectId    its id (a claim's id for claims)
 * @param entityType   the API resource that shows the fact: person, body, congress, document, event or dispute
 * @param entityId     that resource's id (the dispute for a claim, the document for a publication)
 * @param label        the fact in words: a name, a title, a claim's statement, a publication's label
 * @param documentKind the document's kind for document and publication subjects, else null
 * @param citation     the span, with its annotation path
 */
public record AnnotatedCitation(String subjectType, String subjectId, String entityType, String entityId, String label,
        String documentKind, CitationDto citation) {

    /** The annotation id (see {@link CitationDto#annotationId}). */
    public String annotationId() {
        return CitationDto.annotationId(subjectType, subjectId, citation.sourceId(), citation.start(), citation.end());
    }
}
