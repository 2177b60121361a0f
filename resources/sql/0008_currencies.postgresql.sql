-- ClientDesk schema, version 8, on PostgreSQL: money in several currencies (see
-- 0008_currencies.sql). The rollups' sums are numeric as in version 6.
CREATE TABLE IF NOT EXISTS exchange_rates (
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    rate_date TEXT NOT NULL CHECK (length(rate_date) = 10),
    rate_e10 BIGINT NOT NULL CHECK (rate_e10 > 0 AND rate_e10 <= 999999999999999999),
    PRIMARY KEY (currency, rate_date)
);

ALTER TABLE accounts ADD COLUMN currency TEXT CHECK (currency IS NULL OR length(currency) = 3);

ALTER TABLE revenue_entries ADD COLUMN converted_minor BIGINT
    CONSTRAINT revenue_entries_converted_within_bounds
        CHECK (converted_minor BETWEEN -999999999999999 AND 999999999999999);

ALTER TABLE revenue_monthly
    ADD COLUMN converted_minor NUMERIC NOT NULL DEFAULT 0,
    ADD COLUMN unconverted_minor NUMERIC NOT NULL DEFAULT 0,
    ADD COLUMN unconverted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revenue_totals
    ADD COLUMN converted_minor NUMERIC NOT NULL DEFAULT 0,
    ADD COLUMN unconverted_minor NUMERIC NOT NULL DEFAULT 0,
    ADD COLUMN unconverted INTEGER NOT NULL DEFAULT 0;

UPDATE revenue_entries SET converted_minor = amount_minor
WHERE currency = coalesce((SELECT upper(trim(value)) FROM settings WHERE key = 'currency'), 'IDR');

DELETE FROM revenue_monthly;
DELETE FROM revenue_totals;
INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, promoted,
                             amount_minor, converted_minor, unconverted_minor, unconverted,
                             entries)
SELECT substr(entry_date, 1, 7), account_id, account_kind, currency, coalesce(category, ''),
       CASE WHEN coalesce(trim(promotion), '') = '' THEN 0 ELSE 1 END, sum(amount_minor),
       coalesce(sum(converted_minor), 0),
       coalesce(sum(CASE WHEN converted_minor IS NULL THEN amount_minor END), 0),
       count(*) - count(converted_minor), count(*)
FROM revenue_entries
GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO revenue_totals (month, account_kind, currency, category, promoted, amount_minor,
                            converted_minor, unconverted_minor, unconverted, entries)
SELECT month, account_kind, currency, category, promoted, sum(amount_minor),
       sum(converted_minor), sum(unconverted_minor), sum(unconverted), sum(entries)
FROM revenue_monthly
GROUP BY 1, 2, 3, 4, 5;

CREATE OR REPLACE FUNCTION revenue_rollups_apply(sign INTEGER, entry revenue_entries)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m TEXT := substr(entry.entry_date, 1, 7);
    c TEXT := coalesce(entry.category, '');
    p INTEGER := CASE WHEN coalesce(trim(entry.promotion), '') = '' THEN 0 ELSE 1 END;
    conv BIGINT := coalesce(entry.converted_minor, 0);
    uncm BIGINT := CASE WHEN entry.converted_minor IS NULL THEN entry.amount_minor ELSE 0 END;
    unc INTEGER := CASE WHEN entry.converted_minor IS NULL THEN 1 ELSE 0 END;
BEGIN
    IF sign > 0 THEN
        INSERT INTO revenue_monthly AS r (month, account_id, account_kind, currency, category,
                                          promoted, amount_minor, converted_minor,
                                          unconverted_minor, unconverted, entries)
        VALUES (m, entry.account_id, entry.account_kind, entry.currency, c, p,
                entry.amount_minor, conv, uncm, unc, 1)
        ON CONFLICT (month, account_id, account_kind, currency, category, promoted) DO UPDATE
            SET amount_minor = r.amount_minor + excluded.amount_minor,
                converted_minor = r.converted_minor + excluded.converted_minor,
                unconverted_minor = r.unconverted_minor + excluded.unconverted_minor,
                unconverted = r.unconverted + excluded.unconverted, entries = r.entries + 1;
        INSERT INTO revenue_totals AS r (month, account_kind, currency, category, promoted,
                                         amount_minor, converted_minor, unconverted_minor,
                                         unconverted, entries)
        VALUES (m, entry.account_kind, entry.currency, c, p, entry.amount_minor, conv, uncm,
                unc, 1)
        ON CONFLICT (month, account_kind, currency, category, promoted) DO UPDATE
            SET amount_minor = r.amount_minor + excluded.amount_minor,
                converted_minor = r.converted_minor + excluded.converted_minor,
                unconverted_minor = r.unconverted_minor + excluded.unconverted_minor,
                unconverted = r.unconverted + excluded.unconverted, entries = r.entries + 1;
        RETURN;
    END IF;
    DELETE FROM revenue_monthly
    WHERE month = m AND account_id = entry.account_id AND account_kind = entry.account_kind
      AND currency = entry.currency AND category = c AND promoted = p AND entries = 1;
    IF NOT FOUND THEN
        UPDATE revenue_monthly
        SET amount_minor = amount_minor - entry.amount_minor,
            converted_minor = converted_minor - conv,
            unconverted_minor = unconverted_minor - uncm, unconverted = unconverted - unc,
            entries = entries - 1
        WHERE month = m AND account_id = entry.account_id
          AND account_kind = entry.account_kind AND currency = entry.currency
          AND category = c AND promoted = p;
    END IF;
    DELETE FROM revenue_totals
    WHERE month = m AND account_kind = entry.account_kind AND currency = entry.currency
      AND category = c AND promoted = p AND entries = 1;
    IF NOT FOUND THEN
        UPDATE revenue_totals
        SET amount_minor = amount_minor - entry.amount_minor,
            converted_minor = converted_minor - conv,
            unconverted_minor = unconverted_minor - uncm, unconverted = unconverted - unc,
            entries = entries - 1
        WHERE month = m AND account_kind = entry.account_kind AND currency = entry.currency
          AND category = c AND promoted = p;
    END IF;
END
$$;

DROP TRIGGER revenue_rollups_update ON revenue_entries;
CREATE TRIGGER revenue_rollups_update
    AFTER UPDATE OF entry_date, account_id, account_kind, currency, category, promotion,
                    amount_minor, converted_minor
    ON revenue_entries FOR EACH ROW EXECUTE FUNCTION revenue_rollups_change();

-- Rates are the firm's, like its settings: everyone reads them, managers change them.
ALTER TABLE exchange_rates ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_read ON exchange_rates FOR SELECT
    USING ((SELECT clientdesk_sees_all()) OR (SELECT clientdesk_user_id()) IS NOT NULL);
CREATE POLICY team_write ON exchange_rates USING ((SELECT clientdesk_sees_all()));
CREATE TRIGGER exchange_rates_announce AFTER INSERT OR UPDATE OR DELETE ON exchange_rates
    FOR EACH STATEMENT EXECUTE FUNCTION clientdesk_announce_change();
GRANT SELECT, INSERT, UPDATE, DELETE ON exchange_rates TO PUBLIC;

-- CREATE OR REPLACE resets a function's settings: the fixed search path of version 4 again.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION revenue_rollups_apply(INTEGER, revenue_entries) '
                   'SET search_path = %I, pg_catalog, pg_temp', current_schema());
END
$$;
