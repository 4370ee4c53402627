namespace OpsPlan.Modules.Growth.Contracts.Campaigns;

public sealed record CampaignDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required CampaignGoal Goal { get; init; }

    /// <summary>The event type that counts as a conversion when an audience member does it inside the schedule.</summary>
    public required ActivityType ConversionEvent { get; init; }

    public Guid? SegmentId { get; init; }

    public Guid? ChannelId { get; init; }

    /// <summary>The product the campaign is about (a win-back for a declining product, say).</summary>
    public Guid? ProductId { get; init; }

    public DateTime? StartsAt { get; init; }

    public DateTime? EndsAt { get; init; }

    public Money? Budget { get; init; }

    public CampaignOffer? Offer { get; init; }

    public required CampaignStatus Status { get; init; }

    public required DateTime StatusChangedAt { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>
/// How a campaign did, current as events arrive: <c>reached</c> is the frozen audience, <c>converted</c> its members
/// with a conversion event inside the schedule; <c>conversionRate</c> = converted / reached; <c>costPerConversion</c> =
/// spent / converted; <c>spent</c> sums the spend entries Finance did not refuse.
/// </summary>
public sealed record CampaignResultsDto(Guid CampaignId, CampaignStatus Status, int Reached, int Converted, decimal? ConversionRate, Money? Spent,
    Money? CostPerConversion, Money? BudgetRemaining);

/// <summary>What an advance did, as of the clock's now.</summary>
public sealed record CampaignAdvanceDto(DateTime AsOf, int Changed);

/// <summary>A spend entry and where its Finance booking stands.</summary>
public sealed record CampaignSpendDto(Guid Id, Guid CampaignId, Money Amount, DateOnly SpentOn, Guid CostCenterId, string Description, SpendBooking Booking,
    Guid? FinanceTransactionId, string? BookingError, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>One member of a campaign's frozen audience.</summary>
public sealed record CampaignAudienceMemberDto(Guid CustomerId, string ExternalId, DateTime? ConvertedAt);

/// <summary>
/// What a campaign offers its audience: a coupon, points (<c>points</c> required), a gift, or dedicated service;
/// <c>detail</c> says what exactly (the coupon's terms, the gift).
/// </summary>
public sealed record CampaignOffer(OfferKind Kind, long? Points, string? Detail);
