using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Contracts.Segments;

public sealed record SegmentDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required SegmentRule Rule { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>How many customers a rule matches now (erased customers are never members).</summary>
public sealed record SegmentSizeDto(int Size, DateTime AsOf);

/// <summary>An unsaved rule evaluated: its size and the first members, newest first.</summary>
public sealed record SegmentPreviewDto(int Size, IReadOnlyList<CustomerDto> Sample, DateTime AsOf);
