-- Outbox rows name their event by its stable name (IntegrationEventNameAttribute), no longer by its .NET type name:
-- rows written before the change are renamed so that the relay still delivers them.
UPDATE outbox_messages SET type = CASE type
    WHEN 'OpsPlan.Modules.Finance.Contracts.Events.BudgetThresholdCrossed' THEN 'finance.budget-threshold-crossed'
    WHEN 'OpsPlan.Modules.Finance.Contracts.Events.RunwayBelowThreshold' THEN 'finance.runway-below-threshold'
    ELSE type END;
