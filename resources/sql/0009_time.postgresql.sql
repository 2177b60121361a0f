-- ClientDesk schema, version 9, on PostgreSQL: time (see 0009_time.sql). Consultants log their hours against accounts,
-- contracts and service requests; retainers include hours a month, fixed fees have an hour
-- budget, and every person has a default rate and a weekly capacity (docs/design.md, "Time").

-- A person's default hourly rate, in the firm's currency (minor units; NULL: none), and the
-- hours they work a week in minutes (NULL: the firm's 'time.capacity_minutes' setting).
ALTER TABLE users ADD COLUMN rate_minor BIGINT
    CHECK (rate_minor IS NULL OR (rate_minor >= 0 AND rate_minor <= 999999999999999));
ALTER TABLE users ADD COLUMN capacity_minutes INTEGER
    CHECK (capacity_minutes IS NULL OR (capacity_minutes >= 0 AND capacity_minutes <= 10080));

-- A retainer's hours included each month (in minutes), whether unused minutes roll over to
-- the next month (one month at most) and the rate of the hours over them (the contract's
-- currency); a fixed fee's hour budget over its whole term (in minutes). NULL: none.
ALTER TABLE contracts ADD COLUMN included_minutes INTEGER
    CHECK (included_minutes IS NULL OR included_minutes > 0);
ALTER TABLE contracts ADD COLUMN rollover INTEGER NOT NULL DEFAULT 0 CHECK (rollover IN (0, 1));
ALTER TABLE contracts ADD COLUMN overage_rate_minor BIGINT
    CHECK (overage_rate_minor IS NULL
           OR (overage_rate_minor >= 0 AND overage_rate_minor <= 999999999999999));
ALTER TABLE contracts ADD COLUMN budget_minutes INTEGER
    CHECK (budget_minutes IS NULL OR budget_minutes > 0);

-- One entry of time: a person's minutes on an account's work on a day.
--   start_time/end_time: HH:MM of the day, when known (end after start, same day);
--   minutes: the duration (from start and end when both are given);
--   billable: chosen on entry, defaulted from the contract (TimeRules, core/domain/timerules.h);
--   rate_minor/currency: the hourly rate in force when logged, kept so that later rate
--     changes do not rewrite history;
--   value_minor: minutes × rate ÷ 60, rounded half away from zero to the minor unit, in the
--     entry's currency; converted_minor: that value in the firm's currency by the one
--     conversion rule (RateTable), NULL when no rate on or before entry_date exists;
--   state: 'open', or 'invoiced' once an invoice holds it (then it is locked: see below);
--   invoice_id: the invoice that holds it (the billing issue adds the invoices table).
CREATE TABLE IF NOT EXISTS time_entries (
    id @ID@,
    entry_date TEXT NOT NULL CHECK (length(entry_date) = 10),
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    contract_id BIGINT REFERENCES contracts (id) ON DELETE RESTRICT,
    service_request_id BIGINT REFERENCES service_requests (id) ON DELETE SET NULL,
    start_time TEXT CHECK (start_time IS NULL OR length(start_time) = 5),
    end_time TEXT CHECK (end_time IS NULL OR length(end_time) = 5),
    minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    description TEXT,
    billable INTEGER NOT NULL DEFAULT 0 CHECK (billable IN (0, 1)),
    rate_minor BIGINT NOT NULL DEFAULT 0
        CHECK (rate_minor >= 0 AND rate_minor <= 999999999999999),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    value_minor BIGINT NOT NULL DEFAULT 0
        CHECK (value_minor >= 0 AND value_minor <= 999999999999999),
    converted_minor BIGINT
        CHECK (converted_minor IS NULL
               OR (converted_minor >= 0 AND converted_minor <= 999999999999999)),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'invoiced')),
    invoice_id BIGINT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_time IS NULL OR (start_time IS NOT NULL AND end_time > start_time)),
    CHECK (invoice_id IS NULL OR state = 'invoiced')
);
CREATE INDEX IF NOT EXISTS time_entries_user_date ON time_entries (user_id, entry_date);
CREATE INDEX IF NOT EXISTS time_entries_account_date ON time_entries (account_id, entry_date);
CREATE INDEX IF NOT EXISTS time_entries_contract_date ON time_entries (contract_id, entry_date);
CREATE INDEX IF NOT EXISTS time_entries_date ON time_entries (entry_date);
CREATE INDEX IF NOT EXISTS time_entries_currency_date ON time_entries (currency, entry_date);
-- Analytics reads minutes per day and person and per month and account from this index alone
-- (covering: no table reads, no sort), about a third of the time over the table.
CREATE INDEX IF NOT EXISTS time_entries_analytics
    ON time_entries (entry_date, user_id, account_id, billable, minutes);

-- An invoiced entry is locked: what the invoice billed cannot change or go. Only its state
-- (and invoice) may change, which the billing issue does when an invoice is cancelled, and
-- its converted amount, which follows the rates.
CREATE OR REPLACE FUNCTION clientdesk_time_entry_locked() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.state = 'invoiced' THEN
            RAISE EXCEPTION 'ClientDesk: invoiced time entry' USING ERRCODE = '23514';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.state = 'invoiced' AND NEW.state = 'invoiced'
       AND (NEW.entry_date, NEW.user_id, NEW.account_id, NEW.contract_id,
            NEW.service_request_id, NEW.start_time, NEW.end_time, NEW.minutes,
            NEW.description, NEW.billable, NEW.rate_minor, NEW.currency, NEW.value_minor)
           IS DISTINCT FROM
           (OLD.entry_date, OLD.user_id, OLD.account_id, OLD.contract_id,
            OLD.service_request_id, OLD.start_time, OLD.end_time, OLD.minutes,
            OLD.description, OLD.billable, OLD.rate_minor, OLD.currency, OLD.value_minor) THEN
        RAISE EXCEPTION 'ClientDesk: invoiced time entry' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER time_entries_locked BEFORE UPDATE OR DELETE ON time_entries
    FOR EACH ROW EXECUTE FUNCTION clientdesk_time_entry_locked();

-- The running timer of a person: one at most, its start stored so that it survives closing
-- the app and a crash. Stopping it writes a time entry and deletes this row.
CREATE TABLE IF NOT EXISTS running_timers (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL CHECK (length(started_at) = 19),
    account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    contract_id BIGINT REFERENCES contracts (id) ON DELETE SET NULL,
    service_request_id BIGINT REFERENCES service_requests (id) ON DELETE SET NULL,
    description TEXT
);

-- Team mode: a person logs and sees their own time; an account manager sees the time on the
-- accounts they manage; managers see all. A person writes entries and a timer in their own
-- name only, on an account they see (the contract and request an entry names are checked
-- as version 7 checks every reference: the writer must see them).
ALTER TABLE time_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_read ON time_entries FOR SELECT
    USING ((SELECT clientdesk_sees_all()) OR user_id = (SELECT clientdesk_user_id())
           OR account_id IN (SELECT id FROM accounts));
CREATE POLICY team_insert ON time_entries FOR INSERT
    WITH CHECK ((SELECT clientdesk_sees_all())
                OR (user_id = (SELECT clientdesk_user_id())
                    AND account_id IN (SELECT id FROM accounts)));
CREATE POLICY team_update ON time_entries FOR UPDATE
    USING ((SELECT clientdesk_sees_all()) OR user_id = (SELECT clientdesk_user_id()))
    WITH CHECK ((SELECT clientdesk_sees_all())
                OR (user_id = (SELECT clientdesk_user_id())
                    AND account_id IN (SELECT id FROM accounts)));
CREATE POLICY team_delete ON time_entries FOR DELETE
    USING ((SELECT clientdesk_sees_all()) OR user_id = (SELECT clientdesk_user_id()));

CREATE OR REPLACE FUNCTION clientdesk_check_time_references() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF clientdesk_sees_all() THEN
        RETURN NEW;
    END IF;
    IF NEW.contract_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.contract_id IS DISTINCT FROM OLD.contract_id)
       AND NOT EXISTS (SELECT 1 FROM contracts WHERE id = NEW.contract_id) THEN
        RAISE EXCEPTION 'the contract % is not one of yours', NEW.contract_id
            USING ERRCODE = '42501';
    END IF;
    IF NEW.service_request_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.service_request_id IS DISTINCT FROM OLD.service_request_id)
       AND NOT EXISTS (SELECT 1 FROM service_requests WHERE id = NEW.service_request_id) THEN
        RAISE EXCEPTION 'the service request % is not one of yours', NEW.service_request_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER time_entries_references BEFORE INSERT OR UPDATE ON time_entries
    FOR EACH ROW EXECUTE FUNCTION clientdesk_check_time_references();
CREATE TRIGGER running_timers_references BEFORE INSERT OR UPDATE ON running_timers
    FOR EACH ROW EXECUTE FUNCTION clientdesk_check_time_references();

ALTER TABLE running_timers ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON running_timers
    USING ((SELECT clientdesk_sees_all()) OR user_id = (SELECT clientdesk_user_id()))
    WITH CHECK ((SELECT clientdesk_sees_all())
                OR (user_id = (SELECT clientdesk_user_id())
                    AND (account_id IS NULL OR account_id IN (SELECT id FROM accounts))));

CREATE TRIGGER time_entries_announce AFTER INSERT OR UPDATE OR DELETE ON time_entries
    FOR EACH STATEMENT EXECUTE FUNCTION clientdesk_announce_change();
CREATE TRIGGER running_timers_announce AFTER INSERT OR UPDATE OR DELETE ON running_timers
    FOR EACH STATEMENT EXECUTE FUNCTION clientdesk_announce_change();
GRANT SELECT, INSERT, UPDATE, DELETE ON time_entries, running_timers TO PUBLIC;

DO $$
DECLARE
    f TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['clientdesk_time_entry_locked()',
                             'clientdesk_check_time_references()']
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_catalog, pg_temp', f,
                       current_schema());
    END LOOP;
END
$$;
