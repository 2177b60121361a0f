-- ClientDesk schema, version 5, on PostgreSQL: the audit log names the user behind an entry
-- by id as well as by name, so a renamed user's entries stay theirs, and an account manager
-- reads the log of contacts and interactions they see (both audited from this version on);
-- customers' referrals are counted over every account.
ALTER TABLE audit_log ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
-- A product changed by two managers at once: the second save is refused, as for the other
-- editable records.
ALTER TABLE products ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log (user_id);
-- Entries written before: by the name they were written under (as clientdesk copy does for a
-- file's log).
UPDATE audit_log a SET user_id = u.id FROM users u WHERE u.name = a.user_name;

-- The server says who: the signed-in user's id and name (else the login), and when.
CREATE OR REPLACE FUNCTION clientdesk_stamp_audit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.user_id := clientdesk_user_id();
    NEW.user_name := coalesce(clientdesk_user_name(), session_user);
    NEW.at := to_char(localtimestamp(0), 'YYYY-MM-DD"T"HH24:MI:SS');
    RETURN NEW;
END
$$;

DROP POLICY team_read ON audit_log;
CREATE POLICY team_read ON audit_log FOR SELECT
    USING ((SELECT clientdesk_sees_all())
           OR user_id = (SELECT clientdesk_user_id())
           OR CASE entity
                  WHEN 'account' THEN entity_id IN (SELECT id FROM accounts)
                  WHEN 'contact' THEN entity_id IN (SELECT id FROM contacts)
                  WHEN 'contract' THEN entity_id IN (SELECT id FROM contracts)
                  WHEN 'interaction' THEN entity_id IN (SELECT id FROM interactions)
                  WHEN 'opportunity' THEN entity_id IN (SELECT id FROM opportunities)
                  WHEN 'service_item' THEN entity_id IN (SELECT id FROM service_items)
                  WHEN 'service_request' THEN entity_id IN (SELECT id FROM service_requests)
                  WHEN 'revenue_entry' THEN entity_id IN (SELECT id FROM revenue_entries)
                  ELSE FALSE
              END);
DROP POLICY team_write ON audit_log;
CREATE POLICY team_write ON audit_log FOR INSERT
    WITH CHECK ((SELECT clientdesk_sees_all()) OR user_id = (SELECT clientdesk_user_id()));

-- How many accounts each account referred, counted over every account: an account
-- manager's customer may have referred a colleague's customer, which her own queries do not
-- see, and her refresh of the customer's figures must count it all the same. Only the counts
-- of accounts she sees (all, for NULL); run with the owner's rights.
CREATE OR REPLACE FUNCTION clientdesk_referrals(ids BIGINT[])
RETURNS TABLE (account_id BIGINT, referrals BIGINT)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT r.referred_by_id, count(*)
    FROM accounts r
    JOIN accounts a ON a.id = r.referred_by_id
    WHERE (ids IS NULL OR r.referred_by_id = ANY (ids))
      AND ((SELECT clientdesk_sees_all()) OR a.manager_id = (SELECT clientdesk_user_id()))
    GROUP BY r.referred_by_id
$$;

-- CREATE OR REPLACE resets a function's settings: the search path is fixed, as in version 4.
DO $$
DECLARE
    f TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['clientdesk_stamp_audit()', 'clientdesk_referrals(BIGINT[])']
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_catalog, pg_temp', f,
                       current_schema());
    END LOOP;
END
$$;
