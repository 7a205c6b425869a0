-- function_classes: spending by function class (功能分类 类, the three-digit subjects) of each
--   current report: expenditure_by_function's class rows, materialized apart because the modules
--   that compare classes (structure, peers) would otherwise read all of its rows (at 10^5 reports
--   397,394 of 1,868,737).
-- Grain: one row per (current document, class subject_code).
-- Inputs: expenditure_by_function.
-- Columns:
--   region_code, department_name, department_type, fiscal_year, doc_kind, doc_id: as in documents.
--   subject_code: function class code (3 digits, 类).
--   subject_name: class name as printed.
--   total: 合计, all spending on the class, 万元.
--   basic: 基本支出, 万元.
--   project: 项目支出, 万元.
CREATE OR REPLACE VIEW function_classes AS
SELECT * FROM expenditure_by_function
WHERE length(subject_code) = 3;
