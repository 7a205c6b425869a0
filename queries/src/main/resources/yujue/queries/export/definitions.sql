-- definitions (export): what every column of the pack's tables means.
-- Grain: one row per (table, column), in pack order then column order.
-- Inputs: none; the rows come as parameters, read from each table's "-- Columns:" block.
-- Parameters 1-7: parallel arrays of sequence number, table, position, column, unit, definition
-- and defined_in.
-- Columns:
--   table_name: Table (sheet, file) of the pack the column belongs to.
--   position: 1-based position of the column in its table.
--   column_name: Column name as in the table.
--   unit: Unit of the column's values (万元, %, 万元/人, count, ...) where the definition states it
--     separately; otherwise the definition says it.
--   definition: What the column means, its unit, and where it comes from.
--   defined_in: Query file or module whose "-- Columns:" block gives the definition.
SELECT table_name, position, column_name, unit, definition, defined_in
FROM (
  SELECT
    unnest(?::INTEGER[]) AS seq,
    unnest(?::VARCHAR[]) AS table_name,
    unnest(?::INTEGER[]) AS position,
    unnest(?::VARCHAR[]) AS column_name,
    unnest(?::VARCHAR[]) AS unit,
    unnest(?::VARCHAR[]) AS definition,
    unnest(?::VARCHAR[]) AS defined_in
)
ORDER BY seq;
