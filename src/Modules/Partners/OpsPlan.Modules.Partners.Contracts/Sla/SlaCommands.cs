using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Partners.Contracts.Sla;

/// <summary>
/// Upserts up to 1,000 SLA measurements by agreement, metric and month (<c>2026-07</c>): created, updated, unchanged or
/// failed. A metric the agreement has no target for fails its item; a measurement that misses its target publishes
/// <c>partners.sla-breached</c>. A partner's own key may submit its own agreements' measurements only.
/// </summary>
public sealed record SyncSlaMeasurementsCommand(IReadOnlyList<BatchEntry<SlaMeasurementItem>> Items) : ICommand<BatchResultDto>;

public sealed record SlaMeasurementItem(Guid AgreementId, SlaMetric? Metric, string Period, decimal? Value);

/// <summary>The documented shape of an SLA sync: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record SlaMeasurementsBatchRequest(IReadOnlyList<SlaMeasurementItem> Items) : IBodyOf<SyncSlaMeasurementsCommand>;
