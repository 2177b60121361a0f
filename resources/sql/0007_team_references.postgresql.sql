-- ClientDesk schema, version 7, on PostgreSQL: every reference a row holds is one its writer
-- may see (issue 23).
-- Row-level security (version 4) decides which rows an account manager writes by the account
-- a row belongs to. The other references a row holds were checked only as foreign keys, which
-- the server checks with the owner's rights, over every row: an account manager could point
-- her revenue entry at a colleague's contract, her account's referrer at a colleague's
-- account, log an interaction in a colleague's name or write audit entries about records she
-- cannot see (and learn from the answer that such a row exists). From this version:
--   * a contract, referring account, contact or service item a row names is one the writer
--     sees (the query below runs with the writer's rights, so her policies apply); a
--     reference left as stored passes (her account may have been referred by a colleague's
--     account, which she keeps), and so does none (NULL);
--   * an interaction is logged by the signed-in user: the server fills in the user when none
--     is given, and an account manager's interactions are hers (a colleague's on her account
--     keeps its user);
--   * an account manager's audit entries are about records she sees, or about one she has
--     just deleted (a record that no longer exists), or about no record in particular.
-- Managers, the tables' owner and superusers are not bound. A refused row is SQLSTATE 42501,
-- as row-level security's own refusals are. The users an opportunity names as its owner are
-- the team's, which everyone reads (version 4): any of them may be named.

-- The references of an account: who referred it, the draft contract its conversion opened.
CREATE OR REPLACE FUNCTION clientdesk_check_account_references() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF clientdesk_sees_all() THEN
        RETURN NEW;
    END IF;
    IF NEW.referred_by_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.referred_by_id IS DISTINCT FROM OLD.referred_by_id)
       AND NOT EXISTS (SELECT 1 FROM accounts WHERE id = NEW.referred_by_id) THEN
        RAISE EXCEPTION 'the referring account % is not one of yours', NEW.referred_by_id
            USING ERRCODE = '42501';
    END IF;
    IF NEW.conversion_contract_id IS NOT NULL
       AND (TG_OP = 'INSERT'
            OR NEW.conversion_contract_id IS DISTINCT FROM OLD.conversion_contract_id)
       AND NOT EXISTS (SELECT 1 FROM contracts WHERE id = NEW.conversion_contract_id) THEN
        RAISE EXCEPTION 'the contract % is not one of yours', NEW.conversion_contract_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
-- The triggers fire only when there is something to check (WHEN), so bulk writes without
-- references cost nothing more.
CREATE TRIGGER accounts_check_references BEFORE INSERT ON accounts
    FOR EACH ROW WHEN (NEW.referred_by_id IS NOT NULL OR NEW.conversion_contract_id IS NOT NULL)
    EXECUTE FUNCTION clientdesk_check_account_references();
CREATE TRIGGER accounts_check_changed_references
    BEFORE UPDATE OF referred_by_id, conversion_contract_id ON accounts
    FOR EACH ROW WHEN (NEW.referred_by_id IS DISTINCT FROM OLD.referred_by_id
                       OR NEW.conversion_contract_id IS DISTINCT FROM OLD.conversion_contract_id)
    EXECUTE FUNCTION clientdesk_check_account_references();

-- A contract named by a service item, an opportunity or a revenue entry.
CREATE OR REPLACE FUNCTION clientdesk_check_contract_reference() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.contract_id IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.contract_id IS NOT DISTINCT FROM OLD.contract_id)
       OR clientdesk_sees_all() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM contracts WHERE id = NEW.contract_id) THEN
        RAISE EXCEPTION 'the contract % is not one of yours', NEW.contract_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER service_items_check_references BEFORE INSERT ON service_items
    FOR EACH ROW WHEN (NEW.contract_id IS NOT NULL)
    EXECUTE FUNCTION clientdesk_check_contract_reference();
CREATE TRIGGER service_items_check_changed_references
    BEFORE UPDATE OF contract_id ON service_items
    FOR EACH ROW WHEN (NEW.contract_id IS DISTINCT FROM OLD.contract_id)
    EXECUTE FUNCTION clientdesk_check_contract_reference();
CREATE TRIGGER opportunities_check_references BEFORE INSERT ON opportunities
    FOR EACH ROW WHEN (NEW.contract_id IS NOT NULL)
    EXECUTE FUNCTION clientdesk_check_contract_reference();
CREATE TRIGGER opportunities_check_changed_references
    BEFORE UPDATE OF contract_id ON opportunities
    FOR EACH ROW WHEN (NEW.contract_id IS DISTINCT FROM OLD.contract_id)
    EXECUTE FUNCTION clientdesk_check_contract_reference();
CREATE TRIGGER revenue_entries_check_references BEFORE INSERT ON revenue_entries
    FOR EACH ROW WHEN (NEW.contract_id IS NOT NULL)
    EXECUTE FUNCTION clientdesk_check_contract_reference();
CREATE TRIGGER revenue_entries_check_changed_references
    BEFORE UPDATE OF contract_id ON revenue_entries
    FOR EACH ROW WHEN (NEW.contract_id IS DISTINCT FROM OLD.contract_id)
    EXECUTE FUNCTION clientdesk_check_contract_reference();

-- The service item a request is about.
CREATE OR REPLACE FUNCTION clientdesk_check_request_references() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.service_item_id IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.service_item_id IS NOT DISTINCT FROM OLD.service_item_id)
       OR clientdesk_sees_all() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM service_items WHERE id = NEW.service_item_id) THEN
        RAISE EXCEPTION 'the service item % is not one of yours', NEW.service_item_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER service_requests_check_references BEFORE INSERT ON service_requests
    FOR EACH ROW WHEN (NEW.service_item_id IS NOT NULL)
    EXECUTE FUNCTION clientdesk_check_request_references();
CREATE TRIGGER service_requests_check_changed_references
    BEFORE UPDATE OF service_item_id ON service_requests
    FOR EACH ROW WHEN (NEW.service_item_id IS DISTINCT FROM OLD.service_item_id)
    EXECUTE FUNCTION clientdesk_check_request_references();

-- An interaction: who logged it, and the contact it was with.
CREATE OR REPLACE FUNCTION clientdesk_check_interaction_references() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.user_id IS NULL THEN
        NEW.user_id := clientdesk_user_id();
    END IF;
    IF clientdesk_sees_all() THEN
        RETURN NEW;
    END IF;
    IF (TG_OP = 'INSERT' AND NEW.user_id IS DISTINCT FROM clientdesk_user_id())
       OR (TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
        RAISE EXCEPTION 'an interaction is logged in the name of the signed-in user only'
            USING ERRCODE = '42501';
    END IF;
    IF NEW.contact_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.contact_id IS DISTINCT FROM OLD.contact_id)
       AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = NEW.contact_id) THEN
        RAISE EXCEPTION 'the contact % is not one of yours', NEW.contact_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER interactions_check_references BEFORE INSERT ON interactions
    FOR EACH ROW EXECUTE FUNCTION clientdesk_check_interaction_references();
CREATE TRIGGER interactions_check_changed_references BEFORE UPDATE ON interactions
    FOR EACH ROW WHEN (NEW.user_id IS DISTINCT FROM OLD.user_id
                       OR NEW.contact_id IS DISTINCT FROM OLD.contact_id)
    EXECUTE FUNCTION clientdesk_check_interaction_references();

-- Whether a record of this kind and id existed and was deleted since: its id was handed out
-- and no row holds it now. With the owner's rights, as the deleted row is nobody's to see.
CREATE OR REPLACE FUNCTION clientdesk_audit_target_gone(kind TEXT, target BIGINT)
RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    t TEXT := CASE kind
                  WHEN 'account' THEN 'accounts'
                  WHEN 'contact' THEN 'contacts'
                  WHEN 'contract' THEN 'contracts'
                  WHEN 'interaction' THEN 'interactions'
                  WHEN 'opportunity' THEN 'opportunities'
                  WHEN 'service_item' THEN 'service_items'
                  WHEN 'service_request' THEN 'service_requests'
                  WHEN 'revenue_entry' THEN 'revenue_entries'
              END;
    present BOOLEAN;
BEGIN
    IF t IS NULL OR target IS NULL THEN
        RETURN FALSE;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', t) INTO present
        USING target;
    RETURN NOT present
        AND target <= coalesce(pg_sequence_last_value(pg_get_serial_sequence(t, 'id')::regclass),
                               0);
END
$$;

DROP POLICY team_write ON audit_log;
CREATE POLICY team_write ON audit_log FOR INSERT
    WITH CHECK ((SELECT clientdesk_sees_all())
                OR (user_id = (SELECT clientdesk_user_id())
                    AND entity IN ('account', 'contact', 'contract', 'interaction',
                                   'opportunity', 'service_item', 'service_request',
                                   'revenue_entry')
                    AND (entity_id IS NULL
                         OR CASE entity
                                WHEN 'account' THEN entity_id IN (SELECT id FROM accounts)
                                WHEN 'contact' THEN entity_id IN (SELECT id FROM contacts)
                                WHEN 'contract' THEN entity_id IN (SELECT id FROM contracts)
                                WHEN 'interaction' THEN
                                    entity_id IN (SELECT id FROM interactions)
                                WHEN 'opportunity' THEN
                                    entity_id IN (SELECT id FROM opportunities)
                                WHEN 'service_item' THEN
                                    entity_id IN (SELECT id FROM service_items)
                                WHEN 'service_request' THEN
                                    entity_id IN (SELECT id FROM service_requests)
                                WHEN 'revenue_entry' THEN
                                    entity_id IN (SELECT id FROM revenue_entries)
                                ELSE FALSE
                            END
                         OR (action = 'delete'
                             AND clientdesk_audit_target_gone(entity, entity_id)))));

-- Every function here runs with a fixed search path, as in version 4.
DO $$
DECLARE
    f TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['clientdesk_check_account_references()',
                             'clientdesk_check_contract_reference()',
                             'clientdesk_check_request_references()',
                             'clientdesk_check_interaction_references()',
                             'clientdesk_audit_target_gone(TEXT, BIGINT)']
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_catalog, pg_temp', f,
                       current_schema());
    END LOOP;
END
$$;
