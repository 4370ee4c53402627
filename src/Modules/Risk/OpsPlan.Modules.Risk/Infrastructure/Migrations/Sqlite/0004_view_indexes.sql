-- The heat maps and the summary group the whole register: with these covering indexes SQLite counts from the index
-- alone, in group order, instead of reading every row into a temporary B-tree (264,000 risks: 148 -> 22 ms, 318 -> 28 ms).
CREATE INDEX ix_risks_heatmap ON risks (likelihood, impact);
CREATE INDEX ix_risks_residual_heatmap ON risks (residual_likelihood, residual_impact);
CREATE INDEX ix_risks_summary ON risks (category, level, status);
