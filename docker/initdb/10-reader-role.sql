-- The role the API reads through: it may connect and SELECT, nothing else. Run by the owner of
-- the database (the role that migrates and loads the curated data, POSTGRES_USER in
-- docker-compose.yml) before the API first starts; the default privileges below extend SELECT to
-- the tables that role creates later (the Flyway migrations).
-- Change the password (ALTER ROLE laststruggle_reader PASSWORD '...') outside a test setup.
CREATE ROLE laststruggle_reader LOGIN PASSWORD 'laststruggle_reader'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT CONNECTION LIMIT 64;
-- No default_transaction_read_only on the role: pgJDBC tells a primary from a standby by
-- transaction_read_only, so a read-only default would make the primary look like a standby to a
-- multi-host URL (targetServerType=preferSecondary). The API makes its own sessions read-only
-- instead (pgJDBC readOnly=true, readOnlyMode=always in application.properties).
DO $$ BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO laststruggle_reader', current_database());
END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO laststruggle_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO laststruggle_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO laststruggle_reader;
