-- doc_totals: the headline figures of each current report; the Spark SQL twin of
--   yujue/warehouse/views/doc_totals.sql (see it for the columns).
-- Grain: one row per current document.
-- Inputs: documents, stg_fct_measure.
-- Changes from DuckDB: no QUALIFY (a row_number() subquery picks the best place of each figure).
CREATE OR REPLACE TEMPORARY VIEW doc_totals AS
WITH current_docs AS (
  SELECT * FROM documents WHERE status = 'current'
),
best AS (
  SELECT doc_id, measure, amount FROM (
    SELECT m.doc_id, m.measure, m.amount,
      row_number() OVER (
        PARTITION BY m.doc_id, m.measure
        ORDER BY CASE m.source WHEN 'table' THEN 0 ELSE 1 END,
                 CASE m.provenance WHEN 'reported' THEN 0 WHEN 'repaired' THEN 1 ELSE 2 END,
                 m.source_line) AS place_rank
    FROM stg_fct_measure m
    JOIN current_docs d ON d.doc_id = m.doc_id AND d.run_id = m.run_id
    WHERE m.about_year = d.fiscal_year
  ) WHERE place_rank = 1
)
SELECT
  d.doc_id, d.region_code, d.region_name, d.department_name, d.department_type, d.fiscal_year, d.doc_kind,
  -- income (万元)
  max(b.amount) FILTER (WHERE b.measure = 'income_total')        AS income_total,
  max(b.amount) FILTER (WHERE b.measure = 'fiscal_income')       AS fiscal_income,
  max(b.amount) FILTER (WHERE b.measure = 'other_income')        AS other_income,
  max(b.amount) FILTER (WHERE b.measure = 'carryover_begin')     AS carryover_begin,
  -- expenditure (万元)
  max(b.amount) FILTER (WHERE b.measure = 'expenditure_total')   AS expenditure_total,
  max(b.amount) FILTER (WHERE b.measure = 'basic_expenditure')   AS basic_expenditure,
  max(b.amount) FILTER (WHERE b.measure = 'project_expenditure') AS project_expenditure,
  max(b.amount) FILTER (WHERE b.measure = 'carryover_end')       AS carryover_end,
  max(b.amount) FILTER (WHERE b.measure = 'grand_total')         AS grand_total,
  -- costs (万元)
  max(b.amount) FILTER (WHERE b.measure = 'personnel_cost')      AS personnel_cost,
  max(b.amount) FILTER (WHERE b.measure = 'public_cost')         AS public_cost,
  max(b.amount) FILTER (WHERE b.measure = 'operating_cost')      AS operating_cost,
  max(b.amount) FILTER (WHERE b.measure = 'procurement_total')   AS procurement_total,
  -- counts
  max(b.amount) FILTER (WHERE b.measure = 'vehicles_held')       AS vehicles_held,
  max(b.amount) FILTER (WHERE b.measure = 'headcount_actual')    AS headcount_actual,
  max(b.amount) FILTER (WHERE b.measure = 'headcount_authorized') AS headcount_authorized
FROM current_docs d
LEFT JOIN best b ON b.doc_id = d.doc_id
GROUP BY ALL;
