package org.laststruggle.database;

import java.sql.Connection;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Notes, for each connection a request takes from the API's pool, the data version its server
 * holds (usually from memory: a query only when the server was last seen at another version than
 * the current one), so the response can name the version of the data it carries.
 */
@ApplicationScoped
public class VersionGuard implements AgroalPoolInterceptor {

    private final DataVersion version;
    private final ReadVersions reads;

    VersionGuard(DataVersion version, ReadVersions reads) {
        this.version = version;
        this.reads = reads;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (Arc.container().requestContext().isActive()) {
            reads.add(version.versionOn(connection));
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        version.forget(connection);
    }
}
