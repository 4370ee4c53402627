namespace OpsPlan.BuildingBlocks.Application.Batches;

/// <summary>One result per item, in the order sent, and the count of each outcome.</summary>
public sealed record BatchResultDto(IReadOnlyList<BatchItemResultDto> Items, int Created, int Updated, int Unchanged, int Failed)
{
    public static BatchResultDto Of(IReadOnlyList<BatchItemResultDto> items) => new(
        items,
        items.Count(item => item.Status == BatchItemStatus.Created),
        items.Count(item => item.Status == BatchItemStatus.Updated),
        items.Count(item => item.Status == BatchItemStatus.Unchanged),
        items.Count(item => item.Status == BatchItemStatus.Failed));
}

/// <summary>What happened to one item: its id when written, its errors by field when it failed.</summary>
public sealed record BatchItemResultDto(int Index, string? ExternalId, BatchItemStatus Status, Guid? Id, IReadOnlyDictionary<string, string[]>? Errors);
