#!/bin/sh
# The role the standby (service `standby` in docker-compose.yml) replicates through, and the
# pg_hba.conf line that lets it connect for replication. Run once, by the official image's
# entrypoint, when the primary's data directory is created.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD:-replicator}'"
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
