-- ClientDesk schema, version 6: amounts within bounds, rollups that never wrap.
-- One amount (a revenue entry and its discount, a contract's fee, a product's list price, an
-- opportunity's expected value) is an integer of at most 999,999,999,999,999 minor units
-- either way: Money::kMaxMinorUnits in core/domain/money.h, which every entry point checks
-- first. SQLite cannot add a CHECK to a table that exists, so BEFORE triggers refuse such
-- rows; rows stored before this version are left as they are (`clientdesk check` names
-- them), and only a change of the amount itself is checked on update.
CREATE TRIGGER IF NOT EXISTS bounds_revenue_entries_insert BEFORE INSERT ON revenue_entries
WHEN typeof(NEW.amount_minor) <> 'integer'
  OR NEW.amount_minor NOT BETWEEN -999999999999999 AND 999999999999999
  OR typeof(NEW.discount_minor) <> 'integer' OR NEW.discount_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER IF NOT EXISTS bounds_revenue_entries_update
BEFORE UPDATE OF amount_minor, discount_minor ON revenue_entries
WHEN typeof(NEW.amount_minor) <> 'integer'
  OR NEW.amount_minor NOT BETWEEN -999999999999999 AND 999999999999999
  OR typeof(NEW.discount_minor) <> 'integer' OR NEW.discount_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER IF NOT EXISTS bounds_contracts_insert BEFORE INSERT ON contracts
WHEN typeof(NEW.fee_minor) <> 'integer' OR NEW.fee_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER IF NOT EXISTS bounds_contracts_update BEFORE UPDATE OF fee_minor ON contracts
WHEN typeof(NEW.fee_minor) <> 'integer' OR NEW.fee_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER IF NOT EXISTS bounds_products_insert BEFORE INSERT ON products
WHEN typeof(NEW.list_price_minor) <> 'integer' OR NEW.list_price_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER IF NOT EXISTS bounds_products_update
BEFORE UPDATE OF list_price_minor ON products
WHEN typeof(NEW.list_price_minor) <> 'integer' OR NEW.list_price_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER IF NOT EXISTS bounds_opportunities_insert BEFORE INSERT ON opportunities
WHEN typeof(NEW.expected_value_minor) <> 'integer'
  OR NEW.expected_value_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

CREATE TRIGGER IF NOT EXISTS bounds_opportunities_update
BEFORE UPDATE OF expected_value_minor ON opportunities
WHEN typeof(NEW.expected_value_minor) <> 'integer'
  OR NEW.expected_value_minor > 999999999999999
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: amount out of bounds');
END;

-- The rollups add entries up with `amount_minor + ...`; on int64 overflow SQLite turns the
-- sum into a REAL without a word. Whoever writes a rollup row (the triggers of version 3,
-- RevenueRollupBatch, a repair), a sum that is no longer an integer aborts the statement, so
-- the entry that would overflow is refused and nothing of it is kept. The limit is reached
-- only by about 9,223 entries of the largest amount in one month, kind, currency and category.
CREATE TRIGGER IF NOT EXISTS bounds_revenue_monthly_insert BEFORE INSERT ON revenue_monthly
WHEN typeof(NEW.amount_minor) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: rollup overflow');
END;

CREATE TRIGGER IF NOT EXISTS bounds_revenue_monthly_update
BEFORE UPDATE OF amount_minor ON revenue_monthly
WHEN typeof(NEW.amount_minor) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: rollup overflow');
END;

CREATE TRIGGER IF NOT EXISTS bounds_revenue_totals_insert BEFORE INSERT ON revenue_totals
WHEN typeof(NEW.amount_minor) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: rollup overflow');
END;

CREATE TRIGGER IF NOT EXISTS bounds_revenue_totals_update
BEFORE UPDATE OF amount_minor ON revenue_totals
WHEN typeof(NEW.amount_minor) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'ClientDesk: rollup overflow');
END;
