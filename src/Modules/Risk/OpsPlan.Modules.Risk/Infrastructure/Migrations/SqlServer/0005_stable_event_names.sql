-- Outbox rows name their event by its stable name (IntegrationEventNameAttribute), no longer by its .NET type name:
-- rows written before the change are renamed so that the relay still delivers them.
UPDATE risk.outbox_messages SET type = CASE type
    WHEN 'OpsPlan.Modules.Risk.Contracts.Events.RiskRaised' THEN 'risk.risk-raised'
    WHEN 'OpsPlan.Modules.Risk.Contracts.Events.RiskLevelChanged' THEN 'risk.risk-level-changed'
    WHEN 'OpsPlan.Modules.Risk.Contracts.Events.RiskStatusChanged' THEN 'risk.risk-status-changed'
    WHEN 'OpsPlan.Modules.Risk.Contracts.Events.MitigationStatusChanged' THEN 'risk.mitigation-status-changed'
    WHEN 'OpsPlan.Modules.Risk.Contracts.Events.IncidentDetected' THEN 'risk.incident-detected'
    WHEN 'OpsPlan.Modules.Risk.Contracts.Events.IncidentStatusChanged' THEN 'risk.incident-status-changed'
    ELSE type END;
