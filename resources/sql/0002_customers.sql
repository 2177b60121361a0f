-- ClientDesk schema, version 2: customers.
-- customer_stats holds each customer's purchase figures as of a day, kept current by
-- CustomerStats (core/storage/customerstats.cpp) after every sale, import, merge and
-- conversion and recomputed in full once a day, so the customers list never adds up the
-- revenue table. A purchase is a day with revenue above 0; amounts are in the firm's
-- currency (entries in another currency are not added in).
CREATE TABLE IF NOT EXISTS customer_stats (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    first_purchase TEXT CHECK (first_purchase IS NULL OR length(first_purchase) = 10),
    last_purchase TEXT CHECK (last_purchase IS NULL OR length(last_purchase) = 10),
    purchases INTEGER NOT NULL DEFAULT 0 CHECK (purchases >= 0),
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    revenue_12m_minor BIGINT NOT NULL DEFAULT 0,
    -- the product categories bought, each between bars: '|Training|Templates|'
    categories TEXT NOT NULL DEFAULT '',
    as_of TEXT NOT NULL CHECK (length(as_of) = 10)
);

-- Named sets of customer filters, shared by every user of the database.
CREATE TABLE IF NOT EXISTS segments (
    id @ID@,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    filter TEXT NOT NULL,
    created_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS segments_name ON segments (lower(name));

-- The draft contract a conversion from customer to client opened: while it is unsigned the
-- conversion can be undone.
ALTER TABLE accounts ADD COLUMN conversion_contract_id BIGINT
    REFERENCES contracts (id) ON DELETE SET NULL;
