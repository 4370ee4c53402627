using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>The columns every aggregate's row has, as Dapper reads them, and the state they restore.</summary>
public abstract class AggregateRow
{
    public Guid Id { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public long Version { get; init; }

    public AggregateState State => AggregateState.Loaded(Id, CreatedAt, UpdatedAt, Version);
}
