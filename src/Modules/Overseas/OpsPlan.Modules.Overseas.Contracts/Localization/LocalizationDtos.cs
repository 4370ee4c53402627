namespace OpsPlan.Modules.Overseas.Contracts.Localization;

public sealed record LocalizationTaskDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid MarketId { get; init; }

    public required LocalizationArea Area { get; init; }

    public required string Title { get; init; }

    public required string Owner { get; init; }

    public required DateOnly DueDate { get; init; }

    public required LocalizationTaskStatus Status { get; init; }

    /// <summary>What the latest move said, such as why the task is blocked.</summary>
    public string? StatusNote { get; init; }

    public required int Weight { get; init; }

    /// <summary>Past its due date and not done.</summary>
    public required bool Overdue { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>readiness = Σ weight of done tasks / Σ weight of all tasks × 100, two places; 0 without tasks.</summary>
public sealed record ReadinessDto
{
    public required Guid MarketId { get; init; }

    public required decimal ReadinessPercent { get; init; }

    public required decimal LaunchThresholdPercent { get; init; }

    public required IReadOnlyList<AreaReadinessDto> Areas { get; init; }
}

public sealed record AreaReadinessDto
{
    public required LocalizationArea Area { get; init; }

    public required int Tasks { get; init; }

    public required int Done { get; init; }

    public required decimal ReadinessPercent { get; init; }
}

public sealed record OverdueTaskDto
{
    public required Guid TaskId { get; init; }

    public required Guid MarketId { get; init; }

    public required string Country { get; init; }

    public required LocalizationArea Area { get; init; }

    public required string Title { get; init; }

    public required string Owner { get; init; }

    public required DateOnly DueDate { get; init; }

    public required int DaysOverdue { get; init; }

    public required LocalizationTaskStatus Status { get; init; }
}
