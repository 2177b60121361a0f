-- ClientDesk schema, version 8: money in several currencies.
--
-- exchange_rates: on rate_date, one unit of currency is worth rate_e10 / 10^10 units of the
-- firm's currency (the 'currency' setting). A rate is an exact decimal of at most ten places,
-- stored as an integer (ExchangeRate in core/domain/exchangerate.h), never a float.
CREATE TABLE IF NOT EXISTS exchange_rates (
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    rate_date TEXT NOT NULL CHECK (length(rate_date) = 10),
    rate_e10 BIGINT NOT NULL CHECK (rate_e10 > 0 AND rate_e10 <= 999999999999999999),
    PRIMARY KEY (currency, rate_date)
);

-- The account's own currency: what its contracts, sales and deals are in unless chosen
-- otherwise. NULL is the firm's currency.
ALTER TABLE accounts ADD COLUMN currency TEXT CHECK (currency IS NULL OR length(currency) = 3);

-- A revenue entry's amount in the firm's currency by the conversion rule (RateTable): its
-- own amount in the firm's currency, NULL when no rate on or before its date exists. Written
-- by whoever writes the entry, and again by CurrencyService when rates change.
ALTER TABLE revenue_entries ADD COLUMN converted_minor BIGINT;

-- The rollups sum the converted amounts beside the original ones; the entries that could
-- not be converted are counted with their original amount (the rollup key has the currency).
ALTER TABLE revenue_monthly ADD COLUMN converted_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE revenue_monthly ADD COLUMN unconverted_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE revenue_monthly ADD COLUMN unconverted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revenue_totals ADD COLUMN converted_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE revenue_totals ADD COLUMN unconverted_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE revenue_totals ADD COLUMN unconverted INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER IF EXISTS revenue_rollups_insert;
DROP TRIGGER IF EXISTS revenue_rollups_delete;
DROP TRIGGER IF EXISTS revenue_rollups_update;

-- Before this version amounts in the firm's currency were the only ones counted: they
-- convert to themselves, the others wait for rates.
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

CREATE TRIGGER revenue_rollups_insert AFTER INSERT ON revenue_entries BEGIN
    INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, promoted,
                                 amount_minor, converted_minor, unconverted_minor, unconverted, entries)
    VALUES (substr(NEW.entry_date, 1, 7), NEW.account_id, NEW.account_kind, NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, coalesce(NEW.converted_minor, 0),
            CASE WHEN NEW.converted_minor IS NULL THEN NEW.amount_minor ELSE 0 END,
            CASE WHEN NEW.converted_minor IS NULL THEN 1 ELSE 0 END, 1)
    ON CONFLICT (month, account_id, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor,
            converted_minor = converted_minor + excluded.converted_minor,
            unconverted_minor = unconverted_minor + excluded.unconverted_minor,
            unconverted = unconverted + excluded.unconverted,
            entries = entries + 1;
    INSERT INTO revenue_totals (month, account_kind, currency, category, promoted,
                                amount_minor, converted_minor, unconverted_minor, unconverted, entries)
    VALUES (substr(NEW.entry_date, 1, 7), NEW.account_kind, NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, coalesce(NEW.converted_minor, 0),
            CASE WHEN NEW.converted_minor IS NULL THEN NEW.amount_minor ELSE 0 END,
            CASE WHEN NEW.converted_minor IS NULL THEN 1 ELSE 0 END, 1)
    ON CONFLICT (month, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor,
            converted_minor = converted_minor + excluded.converted_minor,
            unconverted_minor = unconverted_minor + excluded.unconverted_minor,
            unconverted = unconverted + excluded.unconverted,
            entries = entries + 1;
END;

CREATE TRIGGER revenue_rollups_delete AFTER DELETE ON revenue_entries BEGIN
    DELETE FROM revenue_monthly
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_id = OLD.account_id
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END
      AND entries = 1;
    UPDATE revenue_monthly SET amount_minor = amount_minor - OLD.amount_minor,
        converted_minor = converted_minor - coalesce(OLD.converted_minor, 0),
        unconverted_minor = unconverted_minor
            - CASE WHEN OLD.converted_minor IS NULL THEN OLD.amount_minor ELSE 0 END,
        unconverted = unconverted - CASE WHEN OLD.converted_minor IS NULL THEN 1 ELSE 0 END,
        entries = entries - 1
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_id = OLD.account_id
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END;
    DELETE FROM revenue_totals
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END
      AND entries = 1;
    UPDATE revenue_totals SET amount_minor = amount_minor - OLD.amount_minor,
        converted_minor = converted_minor - coalesce(OLD.converted_minor, 0),
        unconverted_minor = unconverted_minor
            - CASE WHEN OLD.converted_minor IS NULL THEN OLD.amount_minor ELSE 0 END,
        unconverted = unconverted - CASE WHEN OLD.converted_minor IS NULL THEN 1 ELSE 0 END,
        entries = entries - 1
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END;
END;

CREATE TRIGGER revenue_rollups_update
AFTER UPDATE OF entry_date, account_id, account_kind, currency, category, promotion, amount_minor,
                converted_minor
ON revenue_entries BEGIN
    DELETE FROM revenue_monthly
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_id = OLD.account_id
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END
      AND entries = 1;
    UPDATE revenue_monthly SET amount_minor = amount_minor - OLD.amount_minor,
        converted_minor = converted_minor - coalesce(OLD.converted_minor, 0),
        unconverted_minor = unconverted_minor
            - CASE WHEN OLD.converted_minor IS NULL THEN OLD.amount_minor ELSE 0 END,
        unconverted = unconverted - CASE WHEN OLD.converted_minor IS NULL THEN 1 ELSE 0 END,
        entries = entries - 1
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_id = OLD.account_id
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END;
    DELETE FROM revenue_totals
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END
      AND entries = 1;
    UPDATE revenue_totals SET amount_minor = amount_minor - OLD.amount_minor,
        converted_minor = converted_minor - coalesce(OLD.converted_minor, 0),
        unconverted_minor = unconverted_minor
            - CASE WHEN OLD.converted_minor IS NULL THEN OLD.amount_minor ELSE 0 END,
        unconverted = unconverted - CASE WHEN OLD.converted_minor IS NULL THEN 1 ELSE 0 END,
        entries = entries - 1
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END;
    INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, promoted,
                                 amount_minor, converted_minor, unconverted_minor, unconverted, entries)
    VALUES (substr(NEW.entry_date, 1, 7), NEW.account_id, NEW.account_kind, NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, coalesce(NEW.converted_minor, 0),
            CASE WHEN NEW.converted_minor IS NULL THEN NEW.amount_minor ELSE 0 END,
            CASE WHEN NEW.converted_minor IS NULL THEN 1 ELSE 0 END, 1)
    ON CONFLICT (month, account_id, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor,
            converted_minor = converted_minor + excluded.converted_minor,
            unconverted_minor = unconverted_minor + excluded.unconverted_minor,
            unconverted = unconverted + excluded.unconverted,
            entries = entries + 1;
    INSERT INTO revenue_totals (month, account_kind, currency, category, promoted,
                                amount_minor, converted_minor, unconverted_minor, unconverted, entries)
    VALUES (substr(NEW.entry_date, 1, 7), NEW.account_kind, NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, coalesce(NEW.converted_minor, 0),
            CASE WHEN NEW.converted_minor IS NULL THEN NEW.amount_minor ELSE 0 END,
            CASE WHEN NEW.converted_minor IS NULL THEN 1 ELSE 0 END, 1)
    ON CONFLICT (month, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor,
            converted_minor = converted_minor + excluded.converted_minor,
            unconverted_minor = unconverted_minor + excluded.unconverted_minor,
            unconverted = unconverted + excluded.unconverted,
            entries = entries + 1;
END;

-- The bounds of version 6 for the converted amount and its sums.
CREATE TRIGGER bounds_revenue_entries_converted
BEFORE UPDATE OF converted_minor ON revenue_entries
WHEN NEW.converted_minor IS NOT NULL AND (typeof(NEW.converted_minor) <> 'integer'
  OR NEW.converted_minor NOT BETWEEN -999999999999999 AND 999999999999999)
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER bounds_revenue_entries_converted_insert BEFORE INSERT ON revenue_entries
WHEN NEW.converted_minor IS NOT NULL AND (typeof(NEW.converted_minor) <> 'integer'
  OR NEW.converted_minor NOT BETWEEN -999999999999999 AND 999999999999999)
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER bounds_revenue_monthly_converted
BEFORE UPDATE OF converted_minor, unconverted_minor ON revenue_monthly
WHEN typeof(NEW.converted_minor) <> 'integer' OR typeof(NEW.unconverted_minor) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: rollup overflow');
END;

CREATE TRIGGER bounds_revenue_totals_converted
BEFORE UPDATE OF converted_minor, unconverted_minor ON revenue_totals
WHEN typeof(NEW.converted_minor) <> 'integer' OR typeof(NEW.unconverted_minor) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: rollup overflow');
END;
