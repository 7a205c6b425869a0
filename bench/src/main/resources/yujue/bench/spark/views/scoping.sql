-- Scoping: what a query module's filters select; the Spark SQL twin of
--   yujue/warehouse/views/scoping.sql (see it for the arguments and the columns).
-- Inputs: documents, departments (a mart), dim_region.
-- Changes from DuckDB: table macros become temporary SQL table functions (Spark 4.1) with typed
--   parameters and a declared result; a module passes its filters to them as bound parameters,
--   as on DuckDB. The region list is matched with split() into an array instead of
--   unnest(string_split()) in a subquery.
CREATE OR REPLACE TEMPORARY FUNCTION scoped_departments(
    filter_regions STRING, filter_type STRING, filter_first_year INT, filter_last_year INT)
RETURNS TABLE (region_code STRING, region STRING, department_name STRING, department_type STRING,
               first_year INT, last_year INT)
RETURN
WITH asked AS (
  SELECT
    filter_regions                                 AS regions,
    filter_type                                    AS department_type,
    coalesce(filter_first_year, -2147483648)       AS first_year,
    coalesce(filter_last_year, 2147483647)         AS last_year
)
SELECT
  d.region_code,
  coalesce(r.display_name, d.region_code) AS region,
  d.department_name,
  d.department_type,
  a.first_year,
  a.last_year
FROM departments d
CROSS JOIN asked a
LEFT JOIN dim_region r ON r.region_code = d.region_code
WHERE (a.regions IS NULL OR array_contains(transform(split(a.regions, ','), c -> trim(c)), d.region_code))
  AND (a.department_type IS NULL OR d.department_type = a.department_type);

CREATE OR REPLACE TEMPORARY FUNCTION scoped_documents(
    filter_regions STRING, filter_type STRING, filter_first_year INT, filter_last_year INT)
RETURNS TABLE (doc_id STRING, region_code STRING, region STRING, department_name STRING,
               department_type STRING, fiscal_year INT, doc_kind STRING)
RETURN
WITH asked AS (
  SELECT filter_type AS department_type
)
SELECT
  d.doc_id,
  d.region_code,
  s.region,
  d.department_name,
  d.department_type,
  d.fiscal_year,
  d.doc_kind
FROM documents d
JOIN scoped_departments(filter_regions, NULL, filter_first_year, filter_last_year) s
  ON s.region_code = d.region_code AND s.department_name = d.department_name
CROSS JOIN asked a
WHERE d.status = 'current'
  AND (a.department_type IS NULL OR d.department_type = a.department_type)
  AND d.fiscal_year BETWEEN s.first_year AND s.last_year;
