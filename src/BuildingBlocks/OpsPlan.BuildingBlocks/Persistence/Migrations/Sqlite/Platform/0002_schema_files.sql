-- The schemas this installation has created a database for: a schema listed here whose file is gone was lost, not new.
CREATE TABLE schema_files (
    schema_name TEXT NOT NULL PRIMARY KEY,
    created_at  TEXT NOT NULL
);
