-- ClientDesk schema, version 4, on PostgreSQL: team mode.
-- Each account manager signs in as a login of their own (users.login). The server itself
-- enforces who sees what, through row-level security, whichever query reads the tables:
--   * a manager (users.role = 'manager') sees and edits everything;
--   * an account manager sees and edits the accounts they manage and everything that
--     belongs to them (contacts, contracts, services, requests, opportunities, revenue,
--     interactions, statistics, audit entries); the firm-wide revenue totals are managers';
--   * a login that is not an active user sees nothing.
-- The owner of the tables (who ran this migration) and superusers are not bound by the
-- policies: they administer the database. Any login may connect and use the tables (the
-- privileges go to PUBLIC); which rows it reaches is decided here. To keep others out of
-- the database altogether, REVOKE CONNECT ON DATABASE … FROM PUBLIC and grant it to the team.
ALTER TABLE users ADD COLUMN login TEXT CHECK (login IS NULL OR length(trim(login)) > 0);
CREATE UNIQUE INDEX IF NOT EXISTS users_login ON users (lower(login));

-- The signed-in user's id and name; NULL for a login that is no active user. Run with the
-- owner's rights (SECURITY DEFINER) so the policies of users do not apply to themselves.
-- A login matches exactly, as the server compares role names ("Ana" and ana are two).
CREATE OR REPLACE FUNCTION clientdesk_user_id() RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT id FROM users WHERE login = session_user AND active = 1
$$;

CREATE OR REPLACE FUNCTION clientdesk_user_name() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT name FROM users WHERE login = session_user AND active = 1
$$;

-- Whether the signed-in login sees every account: an active manager, the tables' owner
-- (current_user inside this function) or a superuser.
CREATE OR REPLACE FUNCTION clientdesk_sees_all() RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT session_user = current_user
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = session_user AND rolsuper)
        OR EXISTS (SELECT 1 FROM users WHERE login = session_user AND active = 1
                   AND role = 'manager')
$$;

-- An account an account manager creates without naming its manager is theirs.
CREATE OR REPLACE FUNCTION clientdesk_assign_manager() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.manager_id IS NULL AND NOT clientdesk_sees_all() THEN
        NEW.manager_id := clientdesk_user_id();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER accounts_assign_manager BEFORE INSERT ON accounts
    FOR EACH ROW EXECUTE FUNCTION clientdesk_assign_manager();

-- The rollups are kept by triggers for whoever writes an entry, also in revenue_totals,
-- which only managers read.
-- Only the trigger function runs with those rights (a trigger function cannot be called
-- directly); the function that adds and removes amounts is nobody's to call.
ALTER FUNCTION revenue_rollups_change() SECURITY DEFINER;
REVOKE EXECUTE ON FUNCTION revenue_rollups_apply(INTEGER, revenue_entries) FROM PUBLIC;

-- (SELECT f()) is worked out once per statement, not once per row.
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON accounts
    USING ((SELECT clientdesk_sees_all()) OR manager_id = (SELECT clientdesk_user_id()));

ALTER TABLE account_tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON account_tags
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON contacts
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE contracts ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON contracts
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE service_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON service_items
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE service_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON service_requests
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE opportunities ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON opportunities
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE revenue_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON revenue_entries
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE interactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON interactions
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE customer_stats ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON customer_stats
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));
ALTER TABLE revenue_monthly ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON revenue_monthly
    USING ((SELECT clientdesk_sees_all()) OR account_id IN (SELECT id FROM accounts));

-- Rows that belong to an account through another table; the subqueries are themselves
-- bound by that table's policy.
ALTER TABLE contact_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON contact_roles
    USING ((SELECT clientdesk_sees_all()) OR contact_id IN (SELECT id FROM contacts));
ALTER TABLE opportunity_stages ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON opportunity_stages
    USING ((SELECT clientdesk_sees_all()) OR opportunity_id IN (SELECT id FROM opportunities));

-- The firm's totals are managers' figures.
ALTER TABLE revenue_totals ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON revenue_totals USING ((SELECT clientdesk_sees_all()));

-- The audit log: an account manager reads what they did and what happened to records they
-- see, and writes entries in their own name only.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_read ON audit_log FOR SELECT
    USING ((SELECT clientdesk_sees_all())
           OR user_name = (SELECT clientdesk_user_name())
           OR CASE entity
                  WHEN 'account' THEN entity_id IN (SELECT id FROM accounts)
                  WHEN 'contract' THEN entity_id IN (SELECT id FROM contracts)
                  WHEN 'opportunity' THEN entity_id IN (SELECT id FROM opportunities)
                  WHEN 'service_item' THEN entity_id IN (SELECT id FROM service_items)
                  WHEN 'service_request' THEN entity_id IN (SELECT id FROM service_requests)
                  WHEN 'revenue_entry' THEN entity_id IN (SELECT id FROM revenue_entries)
                  ELSE FALSE
              END);
CREATE POLICY team_write ON audit_log FOR INSERT
    WITH CHECK ((SELECT clientdesk_sees_all()) OR user_name = (SELECT clientdesk_user_name()));
-- The server, not the app, says who and when: the signed-in user (else the login) and the
-- server's clock, so colleagues' clocks and time zones cannot reorder the log.
CREATE OR REPLACE FUNCTION clientdesk_stamp_audit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.user_name := coalesce(clientdesk_user_name(), session_user);
    NEW.at := to_char(localtimestamp(0), 'YYYY-MM-DD"T"HH24:MI:SS');
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION clientdesk_stamp_audit();

-- Shared by the whole team: readable by every user, changed by managers (users, the firm's
-- settings, the product catalogue, the customer segments).
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'products', 'segments', 'settings']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY team_read ON %I FOR SELECT USING ((SELECT '
                       'clientdesk_sees_all()) OR (SELECT clientdesk_user_id()) IS NOT NULL)', t);
        EXECUTE format('CREATE POLICY team_write ON %I USING ((SELECT clientdesk_sees_all()))', t);
    END LOOP;
END
$$;

-- Every change to what the views show is announced on the channel clientdesk_changes with
-- the table's name, once per statement (the server folds repeats within a transaction into
-- one). Each open app listens and refreshes its views (core/storage/changefeed.cpp). The
-- name says which table changed, never which rows: it reveals nothing row-level security
-- hides.
CREATE OR REPLACE FUNCTION clientdesk_announce_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('clientdesk_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'accounts', 'account_tags', 'contacts', 'contact_roles',
                             'contracts', 'service_items', 'service_requests', 'products',
                             'opportunities', 'opportunity_stages', 'revenue_entries',
                             'interactions', 'settings', 'segments']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION clientdesk_announce_change()',
                       t || '_announce', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON users, accounts, account_tags, contacts, contact_roles,
    contracts, service_items, service_requests, products, opportunities, opportunity_stages,
    revenue_entries, interactions, settings, audit_log, customer_stats, segments TO PUBLIC;
-- The rollups are written by their triggers only.
GRANT SELECT ON revenue_monthly, revenue_totals TO PUBLIC;
GRANT SELECT ON cd_meta TO PUBLIC;
-- Every function here and the rollups' run with a fixed search path: this schema, then
-- the catalogue, temporary objects last, so that no session can stand in a temporary table
-- of its own (say, users) for the real one. And the sequences for new ids.
DO $$
DECLARE
    f TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['clientdesk_user_id()', 'clientdesk_user_name()',
                             'clientdesk_sees_all()', 'clientdesk_assign_manager()',
                             'clientdesk_stamp_audit()', 'clientdesk_announce_change()',
                             'revenue_rollups_change()',
                             'revenue_rollups_apply(INTEGER, revenue_entries)']
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_catalog, pg_temp', f,
                       current_schema());
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO PUBLIC',
                   current_schema());
END
$$;
