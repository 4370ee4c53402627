namespace OpsPlan.Modules.Lifecycle.Contracts.Experiments;

public sealed record ExperimentDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid ProductId { get; init; }

    public required string Name { get; init; }

    public required string Hypothesis { get; init; }

    public required string Metric { get; init; }

    public required int MinimumSampleSize { get; init; }

    public required ExperimentStatus Status { get; init; }

    public DateTime? StartedAt { get; init; }

    public DateTime? ConcludedAt { get; init; }

    /// <summary>In the order given; the first is the control.</summary>
    public required IReadOnlyList<VariantDto> Variants { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

public sealed record VariantDto
{
    public required string Name { get; init; }

    public required long Exposures { get; init; }

    public required long Conversions { get; init; }
}

/// <summary>
/// The test of each variant against the control. A winner is named only when the minimum sample is reached and the
/// difference is significant (p &lt; alpha): the best variant that beats the control, or the control when it beats every variant.
/// </summary>
public sealed record ExperimentResultsDto
{
    public required Guid ExperimentId { get; init; }

    public required ExperimentStatus Status { get; init; }

    public required decimal Alpha { get; init; }

    public required int MinimumSampleSize { get; init; }

    public required bool SampleSizeReached { get; init; }

    public required string Control { get; init; }

    public required IReadOnlyList<VariantResultDto> Variants { get; init; }

    public string? Winner { get; init; }

    /// <summary>Why there is or is not a winner, in a sentence.</summary>
    public required string Verdict { get; init; }
}

public sealed record VariantResultDto
{
    public required string Name { get; init; }

    public required long Exposures { get; init; }

    public required long Conversions { get; init; }

    /// <summary>conversions / exposures, a fraction to six places; null without exposures.</summary>
    public decimal? ConversionRate { get; init; }

    /// <summary>(rate − control rate) / control rate, a fraction to six places; null for the control or a control rate of 0.</summary>
    public decimal? RelativeLift { get; init; }

    public decimal? ZScore { get; init; }

    /// <summary>Two-sided p-value of the pooled two-proportion z-test against the control; null for the control or when it cannot be computed.</summary>
    public decimal? PValue { get; init; }

    public required bool Significant { get; init; }
}
