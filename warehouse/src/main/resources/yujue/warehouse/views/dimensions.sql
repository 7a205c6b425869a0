-- Dimension views: regions (GB/T 2260), function and economic subjects, department types.
-- Grain: one row per code / type id.
-- Inputs: the stg_dim_* views (rewritten from the reference catalogs by every land run).
-- display_name is what tables print: a county under a prefecture-level city carries the city's
-- name (西宁市城中区); a county-level city (临夏市) and a prefecture-level city stand alone.
CREATE OR REPLACE VIEW dim_region AS
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

CREATE OR REPLACE VIEW dim_function_subject AS SELECT * FROM stg_dim_function_subject;
CREATE OR REPLACE VIEW dim_economic_subject AS SELECT * FROM stg_dim_economic_subject;
CREATE OR REPLACE VIEW dim_department_type AS SELECT * FROM stg_dim_department_type;
