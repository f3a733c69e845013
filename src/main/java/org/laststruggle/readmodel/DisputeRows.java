package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.laststruggle.common.CitationDto;
import org.laststruggle.curation.Curation.ClaimIn;
import org.laststruggle.curation.Curation.DisputeIn;
import org.laststruggle.dispute.ClaimDto;
import org.laststruggle.dispute.DisputeDto;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;

/** Disputes with their claims, by id. */
final class DisputeRows {

    private DisputeRows() {
    }

    static void write(Catalog cat, Insert out) throws SQLException {
        List<String> ids = new ArrayList<>(cat.disputes.keySet());
        ids.sort(null);
        int ord = 0;
        for (String id : ids) {
            DisputeIn x = cat.disputes.get(id);
            List<ClaimDto> claims = new ArrayList<>();
            StringBuilder text = new StringBuilder(x.question());
            for (int i = 0; i < x.claims().size(); i++) {
                ClaimIn c = x.claims().get(i);
                List<CitationDto> cites = cat.citations(c.cites());
                Set<String> sources = new LinkedHashSet<>();
                cites.forEach(ci -> sources.add(ci.sourceId()));
                claims.add(new ClaimDto(x.claimId(i), c.statement(), c.value(), c.preferred(), c.reason(),
                        List.copyOf(sources), cites));
                text.append('\n').append(c.statement());
            }
            DisputeDto dto = new DisputeDto(id, x.question(), cat.ref(x.subject().id()), claims);
            out.row(id, ord++, x.subjectType(), x.subject().id(), new Norm(text.toString()), new Json(dto));
        }
    }
}
