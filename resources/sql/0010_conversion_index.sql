-- ClientDesk schema, version 10: the revenue entries of one currency by date.
--
-- When a rate of a currency is added, edited or removed, CurrencyService converts again the
-- entries of that currency dated from the rate's day up to the next rate
-- (ExchangeRateStore::reconvert). Without this index that read walked every entry of those
-- days (or, from a day on, the whole table) to find the few in the currency. The same
-- statement on SQLite and PostgreSQL.
CREATE INDEX IF NOT EXISTS revenue_currency_date ON revenue_entries (currency, entry_date);
