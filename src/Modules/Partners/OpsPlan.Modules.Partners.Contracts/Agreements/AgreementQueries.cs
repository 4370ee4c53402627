namespace OpsPlan.Modules.Partners.Contracts.Agreements;

public sealed record GetAgreementQuery(Guid PartnerId, Guid Id) : IQuery<AgreementDto>;

/// <summary>A partner's agreements, newest first.</summary>
public sealed record ListAgreementsQuery(Guid PartnerId, IReadOnlyList<AgreementType>? Type = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<AgreementDto>>, IListQuery;

/// <summary>Agreements that end within <c>within</c> days (30, 60 or 90) from today, soonest first, with their notice deadlines.</summary>
public sealed record ListExpiringAgreementsQuery(int? Within = null) : IQuery<IReadOnlyList<ExpiringAgreementDto>>;
