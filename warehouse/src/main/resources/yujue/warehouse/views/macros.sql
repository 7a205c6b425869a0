-- Macros shared by the views and query modules.
-- DuckDB's decimal "/" returns DOUBLE, so ratios are computed on whole cents with integer
-- division and rounded half away from zero, giving exact DECIMALs.
-- cents(x): x in whole cents, as HUGEINT.
-- ratio_units(num, den, scale): round(num / den * scale) half away from zero, as HUGEINT;
--   NULL when den is 0 or either is NULL.
-- pct(part, whole): part as a percentage of whole, to 0.01.
-- per(amount, count): amount per unit (万元 per vehicle, per visitor, per head), to 0.0001.
CREATE OR REPLACE MACRO cents(x) AS CAST(round(x * 100) AS HUGEINT);

CREATE OR REPLACE MACRO ratio_units(num, den, scale) AS
  CASE WHEN den IS NULL OR den = 0 OR num IS NULL THEN NULL
  ELSE sign(cents(num)) * sign(cents(den))
       * ((2 * abs(cents(num)) * scale + abs(cents(den))) // (2 * abs(cents(den))))
  END;

CREATE OR REPLACE MACRO pct(part, whole) AS ratio_units(part, whole, 10000) * 0.01;

CREATE OR REPLACE MACRO per(amount, count) AS ratio_units(amount, count, 10000) * 0.0001;
