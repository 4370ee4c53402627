namespace OpsPlan.Modules.Lifecycle.Contracts.Events;

/// <summary>A product moved from one stage to another.</summary>
[IntegrationEventName("lifecycle.product-stage-changed")]
public sealed record ProductStageChanged(Guid ProductId, string Name, ProductStage From, ProductStage To, string Reason, string ChangedBy, DateTime ChangedAt)
    : IntegrationEvent;

/// <summary>
/// A product's monthly figures meet the decline rule for <paramref name="Month"/> (published once per month that
/// does): Growth drafts a win-back campaign for its users, Risk raises or re-scores a market risk.
/// </summary>
[IntegrationEventName("lifecycle.product-decline-detected")]
public sealed record ProductDeclineDetected(Guid ProductId, string Name, string Owner, DateOnly Month, IReadOnlyList<DeclineSignal> Signals,
    HealthRecommendation Recommendation) : IntegrationEvent;

/// <summary>A metric that is declining: how many months in a row and by how much over them, in percent.</summary>
public sealed record DeclineSignal(DeclineMetric Metric, int ConsecutiveFalls, decimal ChangePercent);

/// <summary>A product was retired under its approved plan.</summary>
[IntegrationEventName("lifecycle.product-retired")]
public sealed record ProductRetired(Guid ProductId, string Name, DateTime RetiredAt, DateOnly EndOfSupport, Guid? MigrationTargetProductId) : IntegrationEvent;
