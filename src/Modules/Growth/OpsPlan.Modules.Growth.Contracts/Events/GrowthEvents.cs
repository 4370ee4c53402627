namespace OpsPlan.Modules.Growth.Contracts.Events;

/// <summary>A customer moved from one lifecycle stage to another (its first stage is not announced).</summary>
[IntegrationEventName("growth.customer-stage-changed")]
public sealed record CustomerStageChanged(Guid CustomerId, string ExternalId, LifecycleStage From, LifecycleStage To, DateTime ChangedAt, string Reason) : IntegrationEvent;
