namespace OpsPlan.BuildingBlocks.Application.Batches;

/// <summary>
/// One item of a batch as the API read it: either the item, or why it could not be read (malformed JSON, a wrong
/// type), so that a bad item fails alone instead of failing the request.
/// </summary>
public sealed record BatchEntry<TItem>(int Index, string? ExternalId, TItem? Item, IReadOnlyDictionary<string, string[]>? Errors)
    where TItem : class
{
    public const int MaxItems = 1_000;

    public BatchItemResultDto Failed(IReadOnlyDictionary<string, string[]> errors) => new(Index, ExternalId, BatchItemStatus.Failed, null, errors);

    public BatchItemResultDto Succeeded(BatchItemStatus status, Guid id) => new(Index, ExternalId, status, id, null);
}
