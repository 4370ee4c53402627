-- The heat maps and the summary group the whole register (open risks by default): covering indexes let them count
-- from the index alone, in group order (a stream aggregate), instead of scanning the clustered index and hashing.
CREATE INDEX ix_risks_heatmap ON risk.risks (likelihood, impact, status);
CREATE INDEX ix_risks_residual_heatmap ON risk.risks (residual_likelihood, residual_impact, status) WHERE residual_likelihood IS NOT NULL;
CREATE INDEX ix_risks_summary ON risk.risks (category, level, status);
