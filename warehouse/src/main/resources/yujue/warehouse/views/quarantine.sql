-- quarantine: inputs that land runs could not land, with the reason, as long as they stay unlanded.
-- Grain: one row per source file (its latest quarantine).
-- Inputs: the commit records _yujue/runs/*.json (each lists the inputs its run quarantined), stg_documents.
-- Columns:
--   source_file: the input's path as given to the land job.
--   sha256: SHA-256 of its bytes; NULL when the file could not be read at all.
--   reason: why, in plain words, starting with its kind ("PDF: ...", "binary: ..."); docs/operations.md
--     explains each kind and what to do.
--   run_id, quarantined_at: the last committed run that quarantined it, and when that run started.
-- A file leaves the view when it lands: its bytes land (under any name), or a later run lands new
-- content at the same path. No Parquet table: the run records are the source.
CREATE OR REPLACE VIEW quarantine AS
WITH entries AS (
  SELECT r.run_id, CAST(r.started_at AS TIMESTAMP) AS quarantined_at, unnest(r.quarantined, recursive := true)
  FROM read_json('_yujue/runs/*.json', format = 'auto', columns = {
    run_id: 'VARCHAR', started_at: 'VARCHAR',
    quarantined: 'STRUCT(source_file VARCHAR, sha256 VARCHAR, reason VARCHAR)[]'}) AS r
),
latest AS (
  SELECT *
  FROM entries
  QUALIFY row_number() OVER (PARTITION BY source_file ORDER BY quarantined_at DESC, run_id DESC) = 1
)
SELECT q.source_file, q.sha256, q.reason, q.run_id, q.quarantined_at
FROM latest AS q
WHERE NOT EXISTS (
  SELECT 1
  FROM stg_documents AS d
  WHERE d.sha256 = q.sha256 OR (d.source_file = q.source_file AND d.landed_at > q.quarantined_at)
);
