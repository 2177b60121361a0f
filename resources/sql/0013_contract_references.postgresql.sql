-- ClientDesk schema, version 13, on PostgreSQL: the next contract reference counts every
-- contract of the team (issue 27).
-- A contract's reference is unique over the whole table, but an account manager sees only the
-- contracts of her accounts (row-level security, version 4): numbering from what she sees
-- would suggest a colleague's reference of the same year, which the unique constraint then
-- refuses. This function hands out the references that begin with a prefix ("C-2026-") with
-- the owner's rights: the references only, nothing else of the contracts.
CREATE OR REPLACE FUNCTION clientdesk_contract_references(prefix TEXT) RETURNS SETOF TEXT
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT reference FROM contracts WHERE starts_with(reference, prefix)
$$;
