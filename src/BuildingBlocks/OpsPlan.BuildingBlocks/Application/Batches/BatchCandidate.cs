namespace OpsPlan.BuildingBlocks.Application.Batches;

/// <summary>An entry that passed screening, with its item.</summary>
public sealed record BatchCandidate<TItem>(BatchEntry<TItem> Entry, TItem Item)
    where TItem : class;
