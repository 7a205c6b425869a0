-- Macros shared by the views and query modules.
-- DuckDB's decimal "/" returns DOUBLE, so ratios are computed on whole cents with integer
-- division and rounded half away from zero, giving exact DECIMALs.
-- cents(x): x in whole cents, as HUGEINT.
-- ratio_units(num, den, scale): round(num / den * scale) half away from zero, as HUGEINT;
--   NULL when den is 0 or either is NULL. Below 10^12 (every real amount and count) on BIGINT
--   cents, about 7x faster than HUGEINT's, which national queries pay a million times; the
--   result is the same (scale at most 10^4 keeps 2 * cents * scale below 2^63).
-- pct(part, whole): part as a percentage of whole, to 0.01.
-- per(amount, count): amount per unit (万元 per vehicle, per visitor, per head), to 0.0001.
-- place_rank(source, provenance, source_line): where a figure was read as one BIGINT, smaller is
--   better: a table before a narrative before a derivation, reported before repaired before
--   derived, then the earlier line (none last). Views pick the best place with arg_min_null over
--   it: a grouped aggregate, several times cheaper than ranking with a window at national scale.
CREATE OR REPLACE MACRO cents(x) AS CAST(round(x * 100) AS HUGEINT);

CREATE OR REPLACE MACRO ratio_units(num, den, scale) AS
  CASE WHEN den IS NULL OR den = 0 OR num IS NULL THEN NULL
  WHEN abs(num) < 1000000000000 AND abs(den) < 1000000000000 THEN -- BIGINT holds 2 * cents * scale
       sign(num) * sign(den)
       * ((2 * CAST(round(abs(num) * 100) AS BIGINT) * scale + CAST(round(abs(den) * 100) AS BIGINT))
          // (2 * CAST(round(abs(den) * 100) AS BIGINT)))
  ELSE sign(cents(num)) * sign(cents(den))
       * ((2 * abs(cents(num)) * scale + abs(cents(den))) // (2 * abs(cents(den))))
  END;

CREATE OR REPLACE MACRO pct(part, whole) AS ratio_units(part, whole, 10000) * 0.01;

CREATE OR REPLACE MACRO per(amount, count) AS ratio_units(amount, count, 10000) * 0.0001;

CREATE OR REPLACE MACRO place_rank(source, provenance, source_line) AS
  (CASE source WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END) * CAST(4000000000 AS BIGINT)
  + (CASE provenance WHEN 'reported' THEN 0 WHEN 'repaired' THEN 1 ELSE 2 END) * CAST(1000000000 AS BIGINT)
  + coalesce(source_line, 999999999);
