#!/bin/sh
# Keycloak's own database and role (compose runs Keycloak in production mode, which needs a real database).
set -eu
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-cartflow}" \
     -v kc_password="${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}" <<'SQL'
create role keycloak login nosuperuser nocreatedb nocreaterole password :'kc_password';
create database keycloak owner keycloak;
SQL
