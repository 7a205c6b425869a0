-- Dimension views (dim_region with display_name, dim_function_subject, dim_economic_subject,
--   dim_department_type); the Spark SQL twin of yujue/warehouse/views/dimensions.sql.
-- Grain: one row per code / type id.
-- Inputs: the stg_dim_* views.
-- Changes from DuckDB: none.
CREATE OR REPLACE TEMPORARY VIEW dim_region AS
SELECT
  r.*,
  CASE
    WHEN r.level = 'county' AND p.level = 'city' AND NOT r.region_name LIKE '%市'
         AND p.region_name NOT IN ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')
      THEN p.region_name || r.region_name
    ELSE r.region_name
  END AS display_name
FROM stg_dim_region r
LEFT JOIN stg_dim_region p ON p.region_code = r.parent_code;

CREATE OR REPLACE TEMPORARY VIEW dim_function_subject AS SELECT * FROM stg_dim_function_subject;
CREATE OR REPLACE TEMPORARY VIEW dim_economic_subject AS SELECT * FROM stg_dim_economic_subject;
CREATE OR REPLACE TEMPORARY VIEW dim_department_type AS SELECT * FROM stg_dim_department_type;
