-- The database role and database of the Debian recipe, run by install.sh as the postgres superuser:
--   runuser -u postgres -- psql -v ON_ERROR_STOP=1 -v password=... -f infra/debian/database.sql
-- Idempotent: a second run only sets the password again. The extensions are created here (the
-- migrations ask for them too, which is then a no-op).
SELECT 'CREATE ROLE hoclieu LOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hoclieu') \gexec
ALTER ROLE hoclieu WITH LOGIN PASSWORD :'password';
SELECT 'CREATE DATABASE hoclieu OWNER hoclieu ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'hoclieu') \gexec
\connect hoclieu
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
