-- Macros shared by the views and query modules.
-- pct(part, whole): part as a percentage of whole, exact to 0.01 (half away from zero for
-- positive figures), DECIMAL not DOUBLE: DuckDB's decimal "/" returns DOUBLE, so the division
-- is done on whole cents. NULL when whole is 0 or NULL.
CREATE OR REPLACE MACRO pct(part, whole) AS
  CASE WHEN whole IS NULL OR whole = 0 OR part IS NULL THEN NULL
  ELSE ((2 * CAST(round(part * 100) AS HUGEINT) * 10000 + CAST(round(whole * 100) AS HUGEINT))
        // (2 * CAST(round(whole * 100) AS HUGEINT))) * 0.01
  END;
