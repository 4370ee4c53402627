namespace OpsPlan.Modules.Lifecycle.Contracts.Feedback;

public sealed record FeedbackDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid ProductId { get; init; }

    public string? ExternalId { get; init; }

    public required FeedbackSource Source { get; init; }

    public int? Rating { get; init; }

    public required FeedbackCategory Category { get; init; }

    public required string Text { get; init; }

    public required FeedbackStatus Status { get; init; }

    public required DateTime ReceivedAt { get; init; }

    /// <summary>The release that fixed it, once one did.</summary>
    public Guid? FixedInReleaseId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>Feedback received in a period: how much, how it was rated, what it was about, where it stands.</summary>
public sealed record FeedbackSummaryDto
{
    public required Guid ProductId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required int Total { get; init; }

    public required int Rated { get; init; }

    /// <summary>The mean of the ratings given, to two places; null when none was.</summary>
    public decimal? AverageRating { get; init; }

    /// <summary>Every month of the range, oldest first, empty months included.</summary>
    public required IReadOnlyList<FeedbackPeriodDto> Months { get; init; }

    public required IReadOnlyList<FeedbackCategoryCountDto> Categories { get; init; }

    public required IReadOnlyList<FeedbackStatusCountDto> Statuses { get; init; }
}

public sealed record FeedbackPeriodDto
{
    /// <summary>The month's first day.</summary>
    public required DateOnly Month { get; init; }

    public required int Count { get; init; }

    public required int Rated { get; init; }

    public decimal? AverageRating { get; init; }
}

public sealed record FeedbackCategoryCountDto
{
    public required FeedbackCategory Category { get; init; }

    public required int Count { get; init; }
}

public sealed record FeedbackStatusCountDto
{
    public required FeedbackStatus Status { get; init; }

    public required int Count { get; init; }
}
