-- Ratio functions shared by the views and query modules: the Spark SQL twin of
--   yujue/warehouse/views/macros.sql.
-- Changes from DuckDB: macros become temporary SQL functions (Spark 4.1), with typed parameters:
--   an amount argument is cast to DECIMAL(38,4) first, which is exact for every amount of the
--   warehouse (scale 2). HUGEINT becomes DECIMAL(38,0); DuckDB's integer "//" becomes Spark's
--   "div", which on decimals takes the exact integral part (as a BIGINT: a percentage or a
--   per-unit figure times 10000 fits). sign() becomes a CASE, since Spark's sign() is DOUBLE. A
--   zero cents(den) gives NULL, as DuckDB's "//" by zero does.
-- cents(x): x in whole cents, DECIMAL(38,0).
-- ratio_units(num, den, scale): round(num / den * scale) half away from zero; NULL when den is 0
--   or either is NULL.
-- pct(part, whole): part as a percentage of whole, to 0.01.
-- per(amount, count): amount per unit, to 0.0001.
CREATE OR REPLACE TEMPORARY FUNCTION cents(x DECIMAL(38,4)) RETURNS DECIMAL(38,0)
RETURN CAST(round(x * 100) AS DECIMAL(38,0));

CREATE OR REPLACE TEMPORARY FUNCTION ratio_units(num DECIMAL(38,4), den DECIMAL(38,4), scale INT) RETURNS BIGINT
RETURN
  CASE WHEN den IS NULL OR den = 0 OR num IS NULL OR cents(den) = 0 THEN NULL
  ELSE CASE WHEN (cents(num) < 0) = (cents(den) < 0) THEN 1 ELSE -1 END
       * ((2 * abs(cents(num)) * scale + abs(cents(den))) div (2 * abs(cents(den))))
  END;

CREATE OR REPLACE TEMPORARY FUNCTION pct(part DECIMAL(38,4), whole DECIMAL(38,4)) RETURNS DECIMAL(38,2)
RETURN ratio_units(part, whole, 10000) * 0.01;

CREATE OR REPLACE TEMPORARY FUNCTION per(amount DECIMAL(38,4), count DECIMAL(38,4)) RETURNS DECIMAL(38,4)
RETURN ratio_units(amount, count, 10000) * 0.0001;
