namespace OpsPlan.Modules.Finance.Contracts.CostCenters;

/// <summary>A node of the cost-center tree. One with budgets, transactions or children is archived, never deleted.</summary>
public sealed record CostCenterDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    /// <summary>Unique, 2-20 upper-case letters, digits and dashes, such as <c>MKT-EU</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Owner { get; init; }

    public Guid? ParentId { get; init; }

    public required bool Archived { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
