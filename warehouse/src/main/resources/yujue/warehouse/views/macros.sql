-- Macros shared by the views and query modules.
-- pct(part, whole): part as a percentage of whole, exact to 0.01 (half away from zero for
-- positive figures), DECIMAL not DOUBLE: DuckDB's decimal "/" returns DOUBLE, so the division
-- is done on whole cents. NULL when whole is 0 or NULL.
CREATE OR REPLACE MACRO pct(part, whole) AS
  CASE WHEN whole IS NULL OR whole = 0 OR part IS NULL THEN NULL
  ELSE ((2 * CAST(round(part * 100) AS HUGEINT) * 10000 + CAST(round(whole * 100) AS HUGEINT))
        // (2 * CAST(round(whole * 100) AS HUGEINT))) * 0.01
  END;

-- per(amount, count): amount per unit (万元 per vehicle, per visitor, per head), exact to 0.0001,
-- DECIMAL not DOUBLE, computed on whole cents like pct. NULL when count is 0 or NULL.
CREATE OR REPLACE MACRO per(amount, count) AS
  CASE WHEN count IS NULL OR count = 0 OR amount IS NULL THEN NULL
  ELSE ((2 * CAST(round(amount * 100) AS HUGEINT) * 10000 + CAST(round(count * 100) AS HUGEINT))
        // (2 * CAST(round(count * 100) AS HUGEINT))) * 0.0001
  END;
