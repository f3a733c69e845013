package org.laststruggle.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Connections for the writers: the schema migration and the curation loader. With
 * {@code laststruggle.loader.username} set they are opened with that role (the owner of the
 * schema) on the datasource's URL, so the API's own datasource can use a role that may only read;
 * unset, the writers share the API's datasource (one role does both, as with the embedded server).
 * These connections carry no statement timeout.
 */
@ApplicationScoped
public class LoaderConnections {

    private final DataSource dataSource;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;

    LoaderConnections(DataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "laststruggle.loader.username") Optional<String> username,
            @ConfigProperty(name = "laststruggle.loader.password") Optional<String> password) {
        this.dataSource = dataSource;
        this.url = url;
        this.username = username.filter(s -> !s.isBlank());
        this.password = password;
    }

    /** True when the writers use their own role. */
    public boolean separateRole() {
        return username.isPresent();
    }

    public String url() {
        return url;
    }

    public Optional<String> username() {
        return username;
    }

    public String password() {
        return password.orElse("");
    }

    /** A new connection for writing; the caller closes it. */
    public Connection open() throws SQLException {
        if (username.isEmpty()) {
            return dataSource.getConnection();
        }
        Properties p = new Properties();
        p.setProperty("user", username.get());
        p.setProperty("password", password());
        p.setProperty("ApplicationName", "last-struggle-loader");
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }
}
