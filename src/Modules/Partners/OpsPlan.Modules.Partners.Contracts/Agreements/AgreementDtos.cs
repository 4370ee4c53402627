namespace OpsPlan.Modules.Partners.Contracts.Agreements;

public sealed record AgreementDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid PartnerId { get; init; }

    public required string Title { get; init; }

    public required AgreementType Type { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly EndDate { get; init; }

    public Money? Value { get; init; }

    public required bool AutoRenew { get; init; }

    public required int NoticeDays { get; init; }

    /// <summary>The last day to give notice: end date minus notice days.</summary>
    public required DateOnly NoticeDeadline { get; init; }

    public required AgreementState State { get; init; }

    public required IReadOnlyList<SlaTargetDto> SlaTargets { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

public sealed record SlaTargetDto
{
    public required SlaMetric Metric { get; init; }

    public required decimal Target { get; init; }

    public required SlaComparison Comparison { get; init; }
}

public sealed record ExpiringAgreementDto
{
    public required Guid AgreementId { get; init; }

    public required Guid PartnerId { get; init; }

    public required string PartnerName { get; init; }

    public required string Title { get; init; }

    public required DateOnly EndDate { get; init; }

    public required int DaysLeft { get; init; }

    public required bool AutoRenew { get; init; }

    public required DateOnly NoticeDeadline { get; init; }

    /// <summary>Days until the notice deadline; negative when it has passed.</summary>
    public required int DaysToNoticeDeadline { get; init; }

    public Money? Value { get; init; }
}

public sealed record ExpiringNotificationDto(DateTime AsOf, int Published);
