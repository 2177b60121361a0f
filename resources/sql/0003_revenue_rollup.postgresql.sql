-- ClientDesk schema, version 3, on PostgreSQL: the same rollup tables as
-- 0003_revenue_rollup.sql (see there), kept equal to revenue_entries by PL/pgSQL triggers.
-- PostgreSQL has no WITHOUT ROWID; the primary keys' indexes serve the month ranges.
CREATE TABLE IF NOT EXISTS revenue_monthly (
    month TEXT NOT NULL CHECK (length(month) = 7),
    account_id BIGINT NOT NULL,
    account_kind TEXT NOT NULL,
    currency TEXT NOT NULL,
    category TEXT NOT NULL,
    promoted INTEGER NOT NULL CHECK (promoted IN (0, 1)),
    amount_minor BIGINT NOT NULL,
    entries INTEGER NOT NULL CHECK (entries > 0),
    PRIMARY KEY (month, account_id, account_kind, currency, category, promoted)
);

CREATE TABLE IF NOT EXISTS revenue_totals (
    month TEXT NOT NULL CHECK (length(month) = 7),
    account_kind TEXT NOT NULL,
    currency TEXT NOT NULL,
    category TEXT NOT NULL,
    promoted INTEGER NOT NULL CHECK (promoted IN (0, 1)),
    amount_minor BIGINT NOT NULL,
    entries INTEGER NOT NULL CHECK (entries > 0),
    PRIMARY KEY (month, account_kind, currency, category, promoted)
);

INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, promoted,
                             amount_minor, entries)
SELECT substr(entry_date, 1, 7), account_id, account_kind, currency, coalesce(category, ''),
       CASE WHEN coalesce(trim(promotion), '') = '' THEN 0 ELSE 1 END, sum(amount_minor),
       count(*)
FROM revenue_entries
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO revenue_totals (month, account_kind, currency, category, promoted, amount_minor,
                            entries)
SELECT month, account_kind, currency, category, promoted, sum(amount_minor), sum(entries)
FROM revenue_monthly
GROUP BY 1, 2, 3, 4, 5;

-- Adds an entry to its rows (sign 1) or takes it out (sign -1); a row goes with its last entry.
CREATE OR REPLACE FUNCTION revenue_rollups_apply(sign INTEGER, entry revenue_entries)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m TEXT := substr(entry.entry_date, 1, 7);
    c TEXT := coalesce(entry.category, '');
    p INTEGER := CASE WHEN coalesce(trim(entry.promotion), '') = '' THEN 0 ELSE 1 END;
BEGIN
    IF sign > 0 THEN
        INSERT INTO revenue_monthly AS r (month, account_id, account_kind, currency, category,
                                          promoted, amount_minor, entries)
        VALUES (m, entry.account_id, entry.account_kind, entry.currency, c, p,
                entry.amount_minor, 1)
        ON CONFLICT (month, account_id, account_kind, currency, category, promoted) DO UPDATE
            SET amount_minor = r.amount_minor + excluded.amount_minor, entries = r.entries + 1;
        INSERT INTO revenue_totals AS r (month, account_kind, currency, category, promoted,
                                         amount_minor, entries)
        VALUES (m, entry.account_kind, entry.currency, c, p, entry.amount_minor, 1)
        ON CONFLICT (month, account_kind, currency, category, promoted) DO UPDATE
            SET amount_minor = r.amount_minor + excluded.amount_minor, entries = r.entries + 1;
        RETURN;
    END IF;
    DELETE FROM revenue_monthly
    WHERE month = m AND account_id = entry.account_id AND account_kind = entry.account_kind
      AND currency = entry.currency AND category = c AND promoted = p AND entries = 1;
    IF NOT FOUND THEN
        UPDATE revenue_monthly
        SET amount_minor = amount_minor - entry.amount_minor, entries = entries - 1
        WHERE month = m AND account_id = entry.account_id
          AND account_kind = entry.account_kind AND currency = entry.currency
          AND category = c AND promoted = p;
    END IF;
    DELETE FROM revenue_totals
    WHERE month = m AND account_kind = entry.account_kind AND currency = entry.currency
      AND category = c AND promoted = p AND entries = 1;
    IF NOT FOUND THEN
        UPDATE revenue_totals
        SET amount_minor = amount_minor - entry.amount_minor, entries = entries - 1
        WHERE month = m AND account_kind = entry.account_kind AND currency = entry.currency
          AND category = c AND promoted = p;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION revenue_rollups_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM revenue_rollups_apply(-1, OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM revenue_rollups_apply(1, NEW);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER revenue_rollups_insert AFTER INSERT ON revenue_entries
    FOR EACH ROW EXECUTE FUNCTION revenue_rollups_change();
CREATE TRIGGER revenue_rollups_delete AFTER DELETE ON revenue_entries
    FOR EACH ROW EXECUTE FUNCTION revenue_rollups_change();
CREATE TRIGGER revenue_rollups_update
    AFTER UPDATE OF entry_date, account_id, account_kind, currency, category, promotion,
                    amount_minor
    ON revenue_entries FOR EACH ROW EXECUTE FUNCTION revenue_rollups_change();
