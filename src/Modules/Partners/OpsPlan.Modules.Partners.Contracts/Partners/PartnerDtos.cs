namespace OpsPlan.Modules.Partners.Contracts.Partners;

public sealed record PartnerDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required PartnerType Type { get; init; }

    public required string Country { get; init; }

    public required IReadOnlyList<ContactDto> Contacts { get; init; }

    public string? Description { get; init; }

    public required PartnerStatus Status { get; init; }

    public required DateTime StatusChangedAt { get; init; }

    /// <summary>The latest scorecard's recommended tier; null before the first scorecard.</summary>
    public PartnerTier? Tier { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

public sealed record ContactDto
{
    public required string Name { get; init; }

    public string? Role { get; init; }

    public required string Email { get; init; }
}

public sealed record PartnerStatusChangeDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public PartnerStatus? From { get; init; }

    public required PartnerStatus To { get; init; }

    public required DateTime ChangedAt { get; init; }

    public required string ChangedBy { get; init; }

    public required string Reason { get; init; }
}

public sealed record PartnersSummaryDto
{
    public required int Total { get; init; }

    public required IReadOnlyList<CountDto> ByType { get; init; }

    public required IReadOnlyList<CountDto> ByTier { get; init; }

    public required IReadOnlyList<CountDto> ByStatus { get; init; }

    public required IReadOnlyList<CountDto> ByCountry { get; init; }
}

/// <summary>How many partners have this value (a type, a tier — <c>none</c> before a scorecard —, a status, a country).</summary>
public sealed record CountDto
{
    public required string Key { get; init; }

    public required int Count { get; init; }
}

/// <summary>A partner's money per month in Finance's reporting currency.</summary>
public sealed record PartnerSpendDto
{
    public required Guid PartnerId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required string Currency { get; init; }

    public required Money Spent { get; init; }

    public required Money Received { get; init; }

    public required IReadOnlyList<PartnerSpendMonthDto> Months { get; init; }
}

public sealed record PartnerSpendMonthDto
{
    public required DateOnly Month { get; init; }

    public required Money Spent { get; init; }

    public required Money Received { get; init; }
}

public sealed record PartnerHealthDto
{
    public required string From { get; init; }

    public required string To { get; init; }

    /// <summary>Measurements in the months that missed their target, over every partner.</summary>
    public required int SlaBreaches { get; init; }

    /// <summary>The partners with breaches, most first (at most <see cref="MaxListed"/>).</summary>
    public required IReadOnlyList<PartnerBreachesDto> MostBreaches { get; init; }

    /// <summary>How many partners, not terminated, their latest scorecard put on probation.</summary>
    public required int PartnersOnProbation { get; init; }

    /// <summary>Those partners by name (at most <see cref="MaxListed"/>).</summary>
    public required IReadOnlyList<PartnerOnProbationDto> OnProbation { get; init; }

    public const int MaxListed = 10;
}

public sealed record PartnerBreachesDto(Guid PartnerId, string Name, PartnerStatus Status, int Breaches);

public sealed record PartnerOnProbationDto(Guid PartnerId, string Name, PartnerStatus Status);
