-- ClientDesk schema, version 5: the audit log names the user behind an entry by id as well
-- as by name, so a renamed user's entries stay theirs. In an SQLite file there is no
-- signed-in user; the column stays empty there and is filled on a server (and by
-- clientdesk copy). Products get a row version, as the other editable records have.
ALTER TABLE audit_log ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log (user_id);
-- A product changed by two managers at once: the second save is refused, as for the other
-- editable records.
ALTER TABLE products ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
