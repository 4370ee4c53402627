namespace OpsPlan.Modules.Partners.Contracts.Sla;

/// <summary>An agreement's measurements, oldest month first, optionally of one metric.</summary>
public sealed record ListSlaMeasurementsQuery(Guid PartnerId, Guid AgreementId, SlaMetric? Metric = null) : IQuery<IReadOnlyList<SlaMeasurementDto>>;

/// <summary>A partner's SLA compliance per metric over its agreements, between two months (<c>2026-01</c>) inclusive; the last twelve by default.</summary>
public sealed record GetPartnerSlaQuery(Guid PartnerId, string? From = null, string? To = null) : IQuery<PartnerSlaDto>;
