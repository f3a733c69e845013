package org.laststruggle.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Connections for the writers: the schema migration and the curation loader. They never come
 * from the API's pool: they are opened on {@code laststruggle.loader.url} (default: the
 * datasource's URL) as {@code laststruggle.loader.username} (default: the datasource's user),
 * always with {@code targetServerType=primary}. So the API's datasource may list standbys
 * ({@code targetServerType=preferSecondary}) while the writers reach the primary only, and a
 * loader URL that names nothing but a standby fails at connection time instead of writing
 * nowhere. These connections carry no statement timeout.
 */
@ApplicationScoped
public class LoaderConnections {

    private final String url;
    private final String username;
    private final String password;
    private final boolean ownUrl;
    private final boolean ownRole;
    private final PGSimpleDataSource writer = new PGSimpleDataSource();

    LoaderConnections(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String datasourceUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> datasourceUsername,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> datasourcePassword,
            @ConfigProperty(name = "laststruggle.loader.url") Optional<String> url,
            @ConfigProperty(name = "laststruggle.loader.username") Optional<String> username,
            @ConfigProperty(name = "laststruggle.loader.password") Optional<String> password) {
        Optional<String> ownUrl = url.filter(s -> !s.isBlank());
        Optional<String> ownUser = username.filter(s -> !s.isBlank());
        this.ownUrl = ownUrl.isPresent();
        this.ownRole = ownUser.isPresent();
        this.url = ownUrl.orElse(datasourceUrl);
        this.username = ownUser.orElse(datasourceUsername.orElse(""));
        this.password = ownUser.isPresent() ? password.orElse("") : datasourcePassword.orElse("");
        writer.setURL(this.url);
        // After setURL, which would otherwise take the URL's own value: writers need the primary.
        writer.setTargetServerType("primary");
        writer.setUser(this.username);
        writer.setPassword(this.password);
        writer.setApplicationName("last-struggle-loader");
        writer.setConnectTimeout(5);
        // The application name then travels in the start-up packet, so server logs name the loader.
        writer.setAssumeMinServerVersion("13");
    }

    /** True when the writers use a role of their own ({@code laststruggle.loader.username}). */
    public boolean separateRole() {
        return ownRole;
    }

    /** True when the writers use a URL of their own ({@code laststruggle.loader.url}). */
    public boolean separateUrl() {
        return ownUrl;
    }

    /** The URL the writers connect to (as configured; {@code targetServerType=primary} is imposed on top). */
    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    /** The writers' connections as a DataSource (for Flyway); each call opens a new connection. */
    public DataSource dataSource() {
        return writer;
    }

    /** A new connection to the primary for writing; the caller closes it. */
    public Connection open() throws SQLException {
        return writer.getConnection();
    }
}
