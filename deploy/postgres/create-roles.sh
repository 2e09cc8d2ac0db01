#!/bin/sh
# The two database roles CartFlow needs (issue 20), for PostgreSQL's docker-entrypoint-initdb.d or an operator's psql:
#   cartflow_owner  owns the schema; only Flyway connects with it (QUARKUS_FLYWAY_USERNAME/_PASSWORD)
#   cartflow_app    the application's runtime role (QUARKUS_DATASOURCE_USERNAME/_PASSWORD): owns nothing, no DDL;
#                   the migrations grant it DML on the clinical tables and only INSERT/SELECT on the audit trail
# The app refuses to start as a superuser, as the schema owner, or as a role that may rewrite audit_event.
set -eu
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-cartflow}" \
     -v owner_password="${CARTFLOW_DB_OWNER_PASSWORD:?set CARTFLOW_DB_OWNER_PASSWORD}" \
     -v app_password="${CARTFLOW_DB_APP_PASSWORD:?set CARTFLOW_DB_APP_PASSWORD}" <<'SQL'
create role cartflow_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role cartflow_app   login nosuperuser nocreatedb nocreaterole password :'app_password';
alter schema public owner to cartflow_owner;
revoke create on schema public from public;
SQL
