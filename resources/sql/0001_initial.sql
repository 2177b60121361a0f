-- ClientDesk schema, version 1.
-- Portable SQL for SQLite and PostgreSQL; @ID@ is the dialect's identity primary key.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps YYYY-MM-DDTHH:MM:SS.
-- Money is BIGINT minor units plus an ISO 4217 currency code.
-- Every enumeration is a CHECK list; the codes match core/domain/enums.cpp.

CREATE TABLE IF NOT EXISTS users (
    id @ID@,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    email TEXT,
    role TEXT NOT NULL DEFAULT 'account_manager'
        CHECK (role IN ('manager', 'account_manager')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS accounts (
    id @ID@,
    kind TEXT NOT NULL CHECK (kind IN ('client', 'customer')),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('prospect', 'active', 'dormant', 'former')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    legal_form TEXT NOT NULL DEFAULT 'organisation'
        CHECK (legal_form IN ('person', 'organisation')),
    industry TEXT,
    city TEXT,
    region TEXT,
    country TEXT,
    channel TEXT NOT NULL DEFAULT 'direct'
        CHECK (channel IN ('direct', 'reseller', 'internal')),
    manager_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    referred_by_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    tax_id TEXT,
    email TEXT,
    phone TEXT,
    notes TEXT,
    converted_on TEXT CHECK (converted_on IS NULL OR length(converted_on) = 10),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (converted_on IS NULL OR kind = 'client')
);
CREATE INDEX IF NOT EXISTS accounts_kind_status ON accounts (kind, status);
CREATE INDEX IF NOT EXISTS accounts_name ON accounts (lower(name));
CREATE INDEX IF NOT EXISTS accounts_manager ON accounts (manager_id);
CREATE INDEX IF NOT EXISTS accounts_referred_by ON accounts (referred_by_id);
CREATE INDEX IF NOT EXISTS accounts_tax_id ON accounts (tax_id);

-- Free tags a user gives an account, and behaviour tags derived from purchases (with the
-- reason each holds).
CREATE TABLE IF NOT EXISTS account_tags (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    tag TEXT NOT NULL CHECK (length(trim(tag)) > 0),
    source TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'behaviour')),
    reason TEXT,
    PRIMARY KEY (account_id, tag)
);
CREATE INDEX IF NOT EXISTS account_tags_tag ON account_tags (tag);

CREATE TABLE IF NOT EXISTS contacts (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    job_title TEXT,
    email TEXT,
    phone TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS contacts_account ON contacts (account_id);

CREATE TABLE IF NOT EXISTS contact_roles (
    contact_id BIGINT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('decision_maker', 'buyer', 'user', 'billing')),
    PRIMARY KEY (contact_id, role)
);

CREATE TABLE IF NOT EXISTS contracts (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    reference TEXT NOT NULL UNIQUE CHECK (length(trim(reference)) > 0),
    title TEXT,
    scope TEXT,
    billing_model TEXT NOT NULL CHECK (billing_model IN ('retainer', 'fixed', 'hourly')),
    fee_minor BIGINT NOT NULL CHECK (fee_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    estimated_hours INTEGER CHECK (estimated_hours IS NULL OR estimated_hours > 0),
    start_date TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date TEXT CHECK (end_date IS NULL OR length(end_date) = 10),
    auto_renew INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1)),
    renewal_months INTEGER CHECK (renewal_months IS NULL OR renewal_months > 0),
    notice_days INTEGER NOT NULL DEFAULT 0 CHECK (notice_days >= 0),
    termination_clause TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'active', 'expired', 'terminated')),
    signed_on TEXT CHECK (signed_on IS NULL OR length(signed_on) = 10),
    terminated_on TEXT CHECK (terminated_on IS NULL OR length(terminated_on) = 10),
    termination_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (billing_model <> 'hourly' OR estimated_hours IS NOT NULL),
    CHECK (auto_renew = 0 OR renewal_months IS NOT NULL),
    CHECK (status <> 'terminated' OR terminated_on IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS contracts_account ON contracts (account_id);
CREATE INDEX IF NOT EXISTS contracts_status_end ON contracts (status, end_date);

-- The personalised service plan of a client.
CREATE TABLE IF NOT EXISTS service_items (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    contract_id BIGINT REFERENCES contracts (id) ON DELETE SET NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    customisation TEXT,
    frequency TEXT NOT NULL DEFAULT 'monthly'
        CHECK (frequency IN ('once', 'weekly', 'monthly', 'quarterly', 'yearly', 'on_request')),
    response_hours INTEGER NOT NULL CHECK (response_hours > 0),
    consultant TEXT,
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS service_items_account ON service_items (account_id);

CREATE TABLE IF NOT EXISTS service_requests (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    service_item_id BIGINT REFERENCES service_items (id) ON DELETE SET NULL,
    type TEXT NOT NULL DEFAULT 'request' CHECK (type IN ('request', 'revision', 'complaint')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT,
    priority TEXT NOT NULL DEFAULT 'normal'
        CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
    opened_at TEXT NOT NULL CHECK (length(opened_at) = 19),
    due_at TEXT NOT NULL CHECK (length(due_at) = 19),
    closed_at TEXT CHECK (closed_at IS NULL OR length(closed_at) = 19),
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (due_at >= opened_at),
    CHECK (closed_at IS NULL OR closed_at >= opened_at),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS service_requests_account ON service_requests (account_id, status);
CREATE INDEX IF NOT EXISTS service_requests_open_due ON service_requests (status, due_at);

CREATE TABLE IF NOT EXISTS products (
    id @ID@,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL CHECK (length(trim(category)) > 0),
    list_price_minor BIGINT NOT NULL CHECK (list_price_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX IF NOT EXISTS products_category ON products (category);

CREATE TABLE IF NOT EXISTS opportunities (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    deal_type TEXT NOT NULL CHECK (deal_type IN ('engagement', 'sale')),
    expected_value_minor BIGINT NOT NULL DEFAULT 0 CHECK (expected_value_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    stage TEXT NOT NULL DEFAULT 'lead'
        CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
    first_contact TEXT NOT NULL CHECK (length(first_contact) = 10),
    expected_close TEXT CHECK (expected_close IS NULL OR length(expected_close) = 10),
    closed_on TEXT CHECK (closed_on IS NULL OR length(closed_on) = 10),
    lost_reason TEXT,
    owner_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    next_step TEXT,
    contract_id BIGINT REFERENCES contracts (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (expected_close IS NULL OR expected_close >= first_contact),
    CHECK (stage <> 'lost' OR length(trim(coalesce(lost_reason, ''))) > 0),
    CHECK ((stage IN ('won', 'lost')) = (closed_on IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS opportunities_stage ON opportunities (stage, expected_close);
CREATE INDEX IF NOT EXISTS opportunities_account ON opportunities (account_id);
CREATE INDEX IF NOT EXISTS opportunities_owner ON opportunities (owner_id);

CREATE TABLE IF NOT EXISTS opportunity_stages (
    id @ID@,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    stage TEXT NOT NULL
        CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
    changed_on TEXT NOT NULL CHECK (length(changed_on) = 10)
);
CREATE INDEX IF NOT EXISTS opportunity_stages_opportunity
    ON opportunity_stages (opportunity_id, changed_on);

-- account_kind is the account's kind at booking time: a customer converted to a client
-- keeps its earlier revenue as customer revenue.
CREATE TABLE IF NOT EXISTS revenue_entries (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    entry_date TEXT NOT NULL CHECK (length(entry_date) = 10),
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    account_kind TEXT NOT NULL CHECK (account_kind IN ('client', 'customer')),
    description TEXT,
    product_id BIGINT REFERENCES products (id) ON DELETE SET NULL,
    category TEXT,
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    discount_minor BIGINT NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    promotion TEXT,
    contract_id BIGINT REFERENCES contracts (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS revenue_account_date ON revenue_entries (account_id, entry_date);
CREATE INDEX IF NOT EXISTS revenue_date_cover
    ON revenue_entries (entry_date, account_kind, amount_minor);
CREATE INDEX IF NOT EXISTS revenue_contract ON revenue_entries (contract_id);

CREATE TABLE IF NOT EXISTS interactions (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    contact_id BIGINT REFERENCES contacts (id) ON DELETE SET NULL,
    type TEXT NOT NULL CHECK (type IN ('call', 'meeting', 'email', 'visit', 'note')),
    occurred_at TEXT NOT NULL CHECK (length(occurred_at) = 19),
    subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    notes TEXT,
    follow_up_on TEXT CHECK (follow_up_on IS NULL OR length(follow_up_on) = 10),
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS interactions_account ON interactions (account_id, occurred_at);
CREATE INDEX IF NOT EXISTS interactions_follow_up ON interactions (follow_up_done, follow_up_on);

CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_log (
    id @ID@,
    at TEXT NOT NULL CHECK (length(at) = 19),
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'merge', 'convert',
                                           'import', 'generate')),
    details TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log (entity, entity_id);
