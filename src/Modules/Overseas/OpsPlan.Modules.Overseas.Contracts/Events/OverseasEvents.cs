namespace OpsPlan.Modules.Overseas.Contracts.Events;

/// <summary>A market moved from one stage to another.</summary>
[IntegrationEventName("overseas.market-stage-changed")]
public sealed record MarketStageChanged(Guid MarketId, string Country, MarketStage From, MarketStage To, string Reason, DateTime ChangedAt) : IntegrationEvent;

/// <summary>A critical compliance item is open (recorded, or changed while still open): Risk keeps one compliance risk for it.</summary>
[IntegrationEventName("overseas.critical-compliance-gap-opened")]
public sealed record CriticalComplianceGapOpened(Guid ItemId, Guid MarketId, string Country, string Owner, string Regulation, string Requirement, ComplianceStatus Status,
    DateOnly? DueDate) : IntegrationEvent;
