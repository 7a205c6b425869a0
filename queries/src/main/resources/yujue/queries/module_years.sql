-- Module years: where one page of a ranking module's answer (peers) lies: one fiscal year, its
-- peer groups whole, for a rank is only known against the whole group (not a module itself; see
-- ModulePages). Years come in order; a page's rows are the whole answer's rows of that year.
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type; 3 first year; 4 last year; 5 page number (1 = first).
-- The years are those of the scope's reports and of the 三公 figures (the sanggong view also holds
-- a year before a report's, from its narrative): every year a ranked row can be about.
-- Columns (one row, also past the last page: then year is NULL): pages, year.
WITH years AS (
  SELECT DISTINCT fiscal_year FROM scoped_documents($1, $2, $3, $4)
  UNION
  SELECT DISTINCT g.fiscal_year FROM sanggong g
  WHERE g.fiscal_year BETWEEN coalesce(CAST($3 AS INTEGER), -2147483648) AND coalesce(CAST($4 AS INTEGER), 2147483647)
),
numbered AS (
  SELECT fiscal_year, row_number() OVER (ORDER BY fiscal_year) AS page FROM years
)
SELECT
  (SELECT count(*) FROM numbered)                              AS pages,
  (SELECT fiscal_year FROM numbered WHERE page = CAST($5 AS BIGINT)) AS year;
