namespace OpsPlan.Modules.Partners.Contracts.Agreements;

/// <summary>
/// An agreement with a partner: its term (end on or after start), value, renewal terms and SLA targets (one per metric).
/// </summary>
public sealed record AgreementRequest(
    string Title,
    AgreementType? Type,
    DateOnly? StartDate,
    DateOnly? EndDate,
    Money? Value,
    bool? AutoRenew,
    int? NoticeDays,
    IReadOnlyList<SlaTargetItem>? SlaTargets) : IBodyOf<CreateAgreementCommand>, IBodyOf<UpdateAgreementCommand>;

/// <summary>What the partner promises on a metric: met when the measured value is at least (or at most) the target.</summary>
public sealed record SlaTargetItem(SlaMetric? Metric, decimal? Target, SlaComparison? Comparison);

public sealed record CreateAgreementCommand(Guid PartnerId, AgreementRequest Fields) : ICommand<AgreementDto>;

public sealed record UpdateAgreementCommand(Guid PartnerId, Guid Id, ExpectedVersion? ExpectedVersion, AgreementRequest Fields) : ICommand<AgreementDto>;

/// <summary>Publishes <c>partners.agreement-expiring</c> for every agreement that reached its notice window (once each); what the daily sweep does.</summary>
public sealed record NotifyExpiringAgreementsCommand : ICommand<ExpiringNotificationDto>;
