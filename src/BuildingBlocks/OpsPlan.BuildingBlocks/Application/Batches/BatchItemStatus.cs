namespace OpsPlan.BuildingBlocks.Application.Batches;

/// <summary>The outcome of one item of a batch upsert.</summary>
public enum BatchItemStatus
{
    Created,
    Updated,
    Unchanged,
    Failed,
}
