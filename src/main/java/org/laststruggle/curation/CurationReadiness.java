package org.laststruggle.curation;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready when the curated data is loaded and the last check of the files found no problem. */
@Readiness
@ApplicationScoped
class CurationReadiness implements HealthCheck {

    private final CurationService curation;

    CurationReadiness(CurationService curation) {
        this.curation = curation;
    }

    @Override
    public HealthCheckResponse call() {
        CurationService.Status s = curation.status();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("Curated data").status(s.ready())
                .withData("state", s.state());
        if (s.contentHash() != null) b.withData("dataVersion", curation.dataVersion());
        if (s.loadedAt() != null) b.withData("loadedAt", s.loadedAt().toString());
        if (s.counts() != null) counts(b, s.counts());
        if (s.reason() != null) b.withData("reason", s.reason());
        for (int i = 0; i < Math.min(20, s.problems().size()); i++) {
            b.withData("problem" + (i + 1), s.problems().get(i));
        }
        return b.build();
    }

    /** The stored counts (a JSON object of numbers) as data entries of their own: "persons": 51, not a JSON string. */
    private static void counts(HealthCheckResponseBuilder b, String json) {
        try {
            JSON.readTree(json).properties().forEach(e -> b.withData(e.getKey(), e.getValue().asLong()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            b.withData("counts", json);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
