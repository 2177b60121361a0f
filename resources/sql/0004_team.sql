-- ClientDesk schema, version 4: team mode.
-- The server login (PostgreSQL role) each user signs in as. In an SQLite file there are no
-- logins; the column is kept so a file copied to a server carries its users' sign-ins.
ALTER TABLE users ADD COLUMN login TEXT CHECK (login IS NULL OR length(trim(login)) > 0);
CREATE UNIQUE INDEX IF NOT EXISTS users_login ON users (lower(login));
