-- ClientDesk schema, version 9: time. Consultants log their hours against accounts,
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
CREATE TRIGGER IF NOT EXISTS time_entries_locked_update
BEFORE UPDATE OF entry_date, user_id, account_id, contract_id, service_request_id, start_time,
                 end_time, minutes, description, billable, rate_minor, currency, value_minor
ON time_entries
WHEN OLD.state = 'invoiced' AND NEW.state = 'invoiced'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: invoiced time entry');
END;

CREATE TRIGGER IF NOT EXISTS time_entries_locked_delete BEFORE DELETE ON time_entries
WHEN OLD.state = 'invoiced'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: invoiced time entry');
END;

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
