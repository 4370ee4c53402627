namespace OpsPlan.Modules.Growth.Contracts.Events;

/// <summary>A customer moved from one lifecycle stage to another (its first stage is not announced).</summary>
[IntegrationEventName("growth.customer-stage-changed")]
public sealed record CustomerStageChanged(Guid CustomerId, string ExternalId, LifecycleStage From, LifecycleStage To, DateTime ChangedAt, string Reason) : IntegrationEvent;

/// <summary>A campaign moved along its workflow, by request or by its schedule.</summary>
[IntegrationEventName("growth.campaign-status-changed")]
public sealed record CampaignStatusChanged(Guid CampaignId, string Name, CampaignStatus From, CampaignStatus To, DateTime ChangedAt) : IntegrationEvent;

/// <summary>Money was recorded against a campaign; Growth books it in Finance when this is delivered.</summary>
[IntegrationEventName("growth.campaign-spend-recorded")]
public sealed record CampaignSpendRecorded(Guid SpendId, Guid CampaignId) : IntegrationEvent;
