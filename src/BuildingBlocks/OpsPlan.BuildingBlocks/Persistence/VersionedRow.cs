using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>The columns every versioned record's row has, as Dapper reads them, and the aggregate state they restore.</summary>
public abstract class VersionedRow : IListRow
{
    public Guid Id { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public long Version { get; init; }

    public AggregateState State => AggregateState.Loaded(Id, CreatedAt, UpdatedAt, Version);
}
