-- Dimension views: regions (GB/T 2260), function and economic subjects, department types.
-- Grain: one row per code / type id.
-- Inputs: the stg_dim_* views (rewritten from the reference catalogs by every land run).
-- dim_region: regions (GB/T 2260): provinces, prefecture-level cities and county-level areas.
-- dim_function_subject: 支出功能分类科目 (类/款/项) seen in the reports.
-- dim_economic_subject: 支出经济分类科目 (类/款), with the 人员经费 / 公用经费 side of each.
-- dim_department_type: kinds of department, for matching peers across regions.
-- Columns of dim_region:
--   display_name: what tables print: a county under a prefecture-level city carries the city's
--     name (西宁市城中区); a county-level city (临夏市) and a prefecture-level city stand alone.
--   *: as in stg_dim_region.
-- Columns of dim_function_subject:
--   *: as in stg_dim_function_subject.
-- Columns of dim_economic_subject:
--   *: as in stg_dim_economic_subject.
-- Columns of dim_department_type:
--   *: as in stg_dim_department_type.
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
