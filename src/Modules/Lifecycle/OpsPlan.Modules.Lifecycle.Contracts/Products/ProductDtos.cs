namespace OpsPlan.Modules.Lifecycle.Contracts.Products;

/// <summary>A product as the API returns it.</summary>
public sealed record ProductDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Owner { get; init; }

    public string? Description { get; init; }

    public required ProductStage Stage { get; init; }

    public required DateTime StageChangedAt { get; init; }

    /// <summary>The latest month whose figures showed a decline, or null.</summary>
    public DateOnly? DeclineDetectedFor { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>One move of a product's stage: who, when and why. The first entry (from null) is the product's creation.</summary>
public sealed record ProductStageChangeDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public ProductStage? From { get; init; }

    public required ProductStage To { get; init; }

    public required DateTime ChangedAt { get; init; }

    public required string ChangedBy { get; init; }

    public required string Reason { get; init; }
}

/// <summary>One product's time in each stage it has been in, in lifecycle order.</summary>
public sealed record ProductStageDurationsDto
{
    public required Guid ProductId { get; init; }

    public required DateTime AsOf { get; init; }

    public required IReadOnlyList<StageTimeDto> Stages { get; init; }
}

/// <summary>Days in a stage, over every visit (a revived product visits growth twice); current when the product is in it now.</summary>
public sealed record StageTimeDto
{
    public required ProductStage Stage { get; init; }

    public required decimal Days { get; init; }

    public required int Visits { get; init; }

    public required bool Current { get; init; }
}

/// <summary>Time in each stage across products: the products that have been in it, their average and median days, and how many are in it now.</summary>
public sealed record StageDurationsDto
{
    public required DateTime AsOf { get; init; }

    public required int Products { get; init; }

    public required IReadOnlyList<StageAverageDto> Stages { get; init; }
}

public sealed record StageAverageDto
{
    public required ProductStage Stage { get; init; }

    public required int Products { get; init; }

    public required int CurrentlyIn { get; init; }

    public required decimal AverageDays { get; init; }

    public required decimal MedianDays { get; init; }
}

/// <summary>A product's retirement plan. It is the product's own sub-record: its ETag is its version.</summary>
public sealed record RetirementPlanDto : IVersioned
{
    public required Guid ProductId { get; init; }

    public required DateOnly AnnouncementDate { get; init; }

    public required DateOnly EndOfSale { get; init; }

    public required DateOnly EndOfSupport { get; init; }

    public Guid? MigrationTargetProductId { get; init; }

    public string? CompensationPolicy { get; init; }

    public required RetirementPlanStatus Status { get; init; }

    public DateTime? ApprovedAt { get; init; }

    public string? ApprovedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
