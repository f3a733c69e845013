package org.laststruggle.database;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready when this instance serves the data version of the database it reads, checked within
 * the last three check intervals plus 5 s, and that database holds at least what this instance's
 * loader found or wrote on the primary (a new instance on a standby waits for the standby to
 * replay its load).
 */
@Readiness
@ApplicationScoped
class DataVersionReadiness implements HealthCheck {

    private final DataVersion version;

    DataVersionReadiness(DataVersion version) {
        this.version = version;
    }

    @Override
    public HealthCheckResponse call() {
        DataVersion.Status s = version.status();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("Data version").status(s.ready())
                .withData("served", s.served());
        if (s.database() != null) b.withData("database", s.database());
        if (s.checkedAgoMs() != null) b.withData("checkedMsAgo", s.checkedAgoMs());
        if (s.loaded() != null) b.withData("loadedOnPrimary", s.loaded());
        b.withData("checkIntervalMs", version.interval().toMillis());
        if (s.reason() != null) b.withData("reason", s.reason());
        return b.build();
    }
}
