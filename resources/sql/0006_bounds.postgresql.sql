-- ClientDesk schema, version 6, on PostgreSQL: amounts within bounds, rollups that never
-- wrap (see 0006_bounds.sql). One amount is at most 999,999,999,999,999 minor units either
-- way (Money::kMaxMinorUnits). The CHECKs are NOT VALID: rows stored before this version do
-- not stop the upgrade (`clientdesk check` names them); every row written from now on is
-- checked.
ALTER TABLE revenue_entries
    ADD CONSTRAINT revenue_entries_amount_within_bounds
        CHECK (amount_minor BETWEEN -999999999999999 AND 999999999999999) NOT VALID,
    ADD CONSTRAINT revenue_entries_discount_within_bounds
        CHECK (discount_minor <= 999999999999999) NOT VALID;
ALTER TABLE contracts ADD CONSTRAINT contracts_fee_within_bounds
    CHECK (fee_minor <= 999999999999999) NOT VALID;
ALTER TABLE products ADD CONSTRAINT products_list_price_within_bounds
    CHECK (list_price_minor <= 999999999999999) NOT VALID;
ALTER TABLE opportunities ADD CONSTRAINT opportunities_expected_value_within_bounds
    CHECK (expected_value_minor <= 999999999999999) NOT VALID;

-- The rollups are numeric, which has no upper limit: the rollup trigger runs with the owner's
-- rights, and a bigint that could overflow there would tell an account manager, by a
-- "bigint out of range" after a probing entry, how much the whole firm earned in a month.
-- Readers convert to qint64 and report a sum beyond it as an error (RowReader::integer).
ALTER TABLE revenue_monthly ALTER COLUMN amount_minor TYPE NUMERIC;
ALTER TABLE revenue_totals ALTER COLUMN amount_minor TYPE NUMERIC;
