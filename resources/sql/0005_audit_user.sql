-- ClientDesk schema, version 5: the audit log names the user behind an entry by id as well
-- as by name, so a renamed user's entries stay theirs. In an SQLite file there is no
-- signed-in user; the column stays empty there and is filled on a server.
ALTER TABLE audit_log ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
