-- ClientDesk schema, version 3: monthly revenue rollups.
-- revenue_monthly holds, for each month, account, kind at booking, currency, product category
-- and whether a promotion applied, the sum of the revenue entries and how many there are;
-- revenue_totals holds the same without the account, a few thousand rows for the firm's
-- totals. The triggers below keep both equal to revenue_entries after every insert, update
-- and delete, whoever writes (repositories, import, merge, the sample generator);
-- `clientdesk check` compares them with a full recomputation. Analytics read them instead of
-- scanning the entries. WITHOUT ROWID keeps each table in key order, so a range of months is
-- read in one sequential pass.
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
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS revenue_totals (
    month TEXT NOT NULL CHECK (length(month) = 7),
    account_kind TEXT NOT NULL,
    currency TEXT NOT NULL,
    category TEXT NOT NULL,
    promoted INTEGER NOT NULL CHECK (promoted IN (0, 1)),
    amount_minor BIGINT NOT NULL,
    entries INTEGER NOT NULL CHECK (entries > 0),
    PRIMARY KEY (month, account_kind, currency, category, promoted)
) WITHOUT ROWID;

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

-- A row goes with its last entry; otherwise the entry is taken out of it.
CREATE TRIGGER IF NOT EXISTS revenue_rollups_insert AFTER INSERT ON revenue_entries BEGIN
    INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, promoted, amount_minor, entries)
    VALUES (substr(NEW.entry_date, 1, 7),
            NEW.account_id,
            NEW.account_kind,
            NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, 1)
    ON CONFLICT (month, account_id, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor, entries = entries + 1;
    INSERT INTO revenue_totals (month, account_kind, currency, category, promoted, amount_minor, entries)
    VALUES (substr(NEW.entry_date, 1, 7),
            NEW.account_kind,
            NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, 1)
    ON CONFLICT (month, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor, entries = entries + 1;
END;

CREATE TRIGGER IF NOT EXISTS revenue_rollups_delete AFTER DELETE ON revenue_entries BEGIN
    DELETE FROM revenue_monthly
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_id = OLD.account_id
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END
      AND entries = 1;
    UPDATE revenue_monthly SET amount_minor = amount_minor - OLD.amount_minor, entries = entries - 1
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
    UPDATE revenue_totals SET amount_minor = amount_minor - OLD.amount_minor, entries = entries - 1
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END;
END;

CREATE TRIGGER IF NOT EXISTS revenue_rollups_update
AFTER UPDATE OF entry_date, account_id, account_kind, currency, category, promotion, amount_minor
ON revenue_entries BEGIN
    DELETE FROM revenue_monthly
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_id = OLD.account_id
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END
      AND entries = 1;
    UPDATE revenue_monthly SET amount_minor = amount_minor - OLD.amount_minor, entries = entries - 1
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
    UPDATE revenue_totals SET amount_minor = amount_minor - OLD.amount_minor, entries = entries - 1
    WHERE month = substr(OLD.entry_date, 1, 7)
      AND account_kind = OLD.account_kind
      AND currency = OLD.currency
      AND category = coalesce(OLD.category, '')
      AND promoted = CASE WHEN coalesce(trim(OLD.promotion), '') = '' THEN 0 ELSE 1 END;
    INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, promoted, amount_minor, entries)
    VALUES (substr(NEW.entry_date, 1, 7),
            NEW.account_id,
            NEW.account_kind,
            NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, 1)
    ON CONFLICT (month, account_id, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor, entries = entries + 1;
    INSERT INTO revenue_totals (month, account_kind, currency, category, promoted, amount_minor, entries)
    VALUES (substr(NEW.entry_date, 1, 7),
            NEW.account_kind,
            NEW.currency,
            coalesce(NEW.category, ''),
            CASE WHEN coalesce(trim(NEW.promotion), '') = '' THEN 0 ELSE 1 END,
            NEW.amount_minor, 1)
    ON CONFLICT (month, account_kind, currency, category, promoted) DO UPDATE
        SET amount_minor = amount_minor + excluded.amount_minor, entries = entries + 1;
END;
