-- ClientDesk schema, version 11: billing. Contracts earn their revenue inside ClientDesk:
-- invoices from retainers, fixed-fee instalments and hours, credit notes, payments
-- (docs/design.md, "Billing").

-- A contract's payment terms in days from the invoice date (NULL: the firm's
-- 'billing.payment_terms_days' setting).
ALTER TABLE contracts ADD COLUMN payment_terms_days INTEGER
    CHECK (payment_terms_days IS NULL OR (payment_terms_days >= 0 AND payment_terms_days <= 365));

-- A fixed fee's schedule: instalments due on a date, or milestones billed once marked done
-- (done_on). Each is billed once (invoice_lines.billing_key 'instalment:<id>').
CREATE TABLE IF NOT EXISTS contract_instalments (
    id @ID@,
    contract_id BIGINT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'instalment' CHECK (kind IN ('instalment', 'milestone')),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    due_date TEXT NOT NULL CHECK (length(due_date) = 10),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0 AND amount_minor <= 999999999999999),
    done_on TEXT CHECK (done_on IS NULL OR length(done_on) = 10),
    CHECK (kind = 'milestone' OR done_on IS NULL)
);
CREATE INDEX IF NOT EXISTS contract_instalments_contract
    ON contract_instalments (contract_id, due_date);

-- An invoice or a credit note (credit_for_id: the invoice it corrects; its lines negative).
--   number: given when issued, from a gapless sequence per series and year (invoice_numbers);
--     NULL while a draft, never reused (a void invoice keeps it);
--   invoice_date: its date (the year of its number); due_date: invoice_date + payment terms;
--   period: 'YYYY-MM', the month a billing run billed (NULL for one made by hand);
--   net/tax/total: the sums of its lines (InvoiceRules); paid_minor: the sum of the
--     payments allocated to it; state: draft, issued, partly_paid, paid or void. Overdue
--     is worked out from due_date and never stored.
CREATE TABLE IF NOT EXISTS invoices (
    id @ID@,
    number TEXT UNIQUE CHECK (number IS NULL OR length(trim(number)) > 0),
    series TEXT NOT NULL DEFAULT 'invoice' CHECK (series IN ('invoice', 'credit_note')),
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    contract_id BIGINT REFERENCES contracts (id) ON DELETE RESTRICT,
    credit_for_id BIGINT REFERENCES invoices (id) ON DELETE RESTRICT,
    invoice_date TEXT NOT NULL CHECK (length(invoice_date) = 10),
    due_date TEXT NOT NULL CHECK (length(due_date) = 10),
    period TEXT CHECK (period IS NULL OR length(period) = 7),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    prices_include_tax INTEGER NOT NULL DEFAULT 0 CHECK (prices_include_tax IN (0, 1)),
    net_minor BIGINT NOT NULL DEFAULT 0,
    tax_minor BIGINT NOT NULL DEFAULT 0,
    total_minor BIGINT NOT NULL DEFAULT 0,
    paid_minor BIGINT NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'issued', 'partly_paid', 'paid', 'void')),
    notes TEXT,
    void_reason TEXT,
    voided_on TEXT CHECK (voided_on IS NULL OR length(voided_on) = 10),
    issued_at TEXT CHECK (issued_at IS NULL OR length(issued_at) = 19),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK ((state = 'draft') = (number IS NULL)),
    CHECK (due_date >= invoice_date),
    CHECK (state <> 'void' OR (void_reason IS NOT NULL AND voided_on IS NOT NULL)),
    CHECK ((series = 'credit_note') = (credit_for_id IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS invoices_account_date ON invoices (account_id, invoice_date);
CREATE INDEX IF NOT EXISTS invoices_contract ON invoices (contract_id);
CREATE INDEX IF NOT EXISTS invoices_state_due ON invoices (state, due_date);
CREATE INDEX IF NOT EXISTS invoices_date ON invoices (invoice_date);

-- The last number given per series and year; issuing increments it in the transaction that
-- numbers the invoice, so a number is never skipped (a rollback takes both back) and never
-- given twice (the row is locked until commit).
CREATE TABLE IF NOT EXISTS invoice_numbers (
    series TEXT NOT NULL CHECK (series IN ('invoice', 'credit_note')),
    year INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (series, year)
);

-- A line: quantity in thousandths (1.5 hours: 1500), unit price and amount in the
-- invoice's currency (amount: quantity × unit price as entered, or the sum of the hours'
-- values), net and tax worked out by InvoiceRules from tax_rate_bp (hundredths of a percent,
-- 1100 = 11 %; NULL: no tax) and the invoice's prices_include_tax.
--   source: what the line bills: retainer (a month's fee), instalment, hours, overage,
--     manual, or credit (a credit note's line);
--   billing_key: what it bills, unique so that nothing is billed twice: 'retainer:<contract>:
--     YYYY-MM', 'overage:<contract>:YYYY-MM', 'instalment:<id>'; NULL for hours (held by
--     invoice_line_time), manual and credit lines, and on the lines of a void invoice (voiding
--     releases them to be billed again).
CREATE TABLE IF NOT EXISTS invoice_lines (
    id @ID@,
    invoice_id BIGINT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source IN ('retainer', 'instalment', 'hours', 'overage', 'manual', 'credit')),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    quantity_milli BIGINT NOT NULL DEFAULT 1000,
    unit_price_minor BIGINT NOT NULL DEFAULT 0,
    amount_minor BIGINT NOT NULL,
    tax_rate_bp INTEGER CHECK (tax_rate_bp IS NULL OR (tax_rate_bp >= 0 AND tax_rate_bp <= 10000)),
    net_minor BIGINT NOT NULL,
    tax_minor BIGINT NOT NULL,
    category TEXT,
    period TEXT CHECK (period IS NULL OR length(period) = 7),
    instalment_id BIGINT REFERENCES contract_instalments (id) ON DELETE SET NULL,
    billing_key TEXT UNIQUE
);
CREATE INDEX IF NOT EXISTS invoice_lines_invoice ON invoice_lines (invoice_id, position);

-- The time entries behind an hourly or overage line: one line at most per entry, so an hour
-- is billed once. A draft holds its entries (they stay open); issuing marks them invoiced
-- (time_entries.state, invoice_id); voiding or deleting the draft releases them.
CREATE TABLE IF NOT EXISTS invoice_line_time (
    line_id BIGINT NOT NULL REFERENCES invoice_lines (id) ON DELETE CASCADE,
    time_entry_id BIGINT NOT NULL UNIQUE REFERENCES time_entries (id) ON DELETE RESTRICT,
    PRIMARY KEY (line_id, time_entry_id)
);

-- A payment received from an account, allocated to one or more of its invoices (in the
-- invoice's currency, which is the payment's). A payment never exceeds what is owed.
CREATE TABLE IF NOT EXISTS payments (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    payment_date TEXT NOT NULL CHECK (length(payment_date) = 10),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0 AND amount_minor <= 999999999999999),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    method TEXT,
    reference TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS payments_account_date ON payments (account_id, payment_date);
CREATE INDEX IF NOT EXISTS payments_date ON payments (payment_date);

CREATE TABLE IF NOT EXISTS payment_allocations (
    payment_id BIGINT NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    invoice_id BIGINT NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (payment_id, invoice_id)
);
CREATE INDEX IF NOT EXISTS payment_allocations_invoice ON payment_allocations (invoice_id);

-- Revenue booked by issuing an invoice (one entry per line, before tax) or a credit note;
-- voiding deletes them. NULL for imported and hand-entered revenue.
ALTER TABLE revenue_entries ADD COLUMN invoice_id BIGINT REFERENCES invoices (id) ON DELETE RESTRICT;
CREATE INDEX IF NOT EXISTS revenue_invoice ON revenue_entries (invoice_id);

-- An issued invoice is locked: only its payments, its state and voiding change it; its lines
-- only release what they billed (billing_key). It is never deleted (a draft is).
CREATE TRIGGER IF NOT EXISTS invoices_locked_update
BEFORE UPDATE OF number, series, account_id, contract_id, credit_for_id, invoice_date, due_date,
                 period, currency, prices_include_tax, net_minor, tax_minor, total_minor
ON invoices
WHEN OLD.state <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: issued invoice');
END;

CREATE TRIGGER IF NOT EXISTS invoices_locked_delete BEFORE DELETE ON invoices
WHEN OLD.state <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: issued invoice');
END;

CREATE TRIGGER IF NOT EXISTS invoice_lines_locked_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: issued invoice');
END;

CREATE TRIGGER IF NOT EXISTS invoice_lines_locked_update
BEFORE UPDATE OF invoice_id, position, source, description, quantity_milli, unit_price_minor,
                 amount_minor, tax_rate_bp, net_minor, tax_minor, category, period, instalment_id
ON invoice_lines
WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: issued invoice');
END;

CREATE TRIGGER IF NOT EXISTS invoice_lines_locked_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: issued invoice');
END;
