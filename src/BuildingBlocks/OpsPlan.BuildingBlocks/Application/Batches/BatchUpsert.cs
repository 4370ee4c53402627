using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Errors;

namespace OpsPlan.BuildingBlocks.Application.Batches;

/// <summary>
/// The loop every <c>…/batch</c> endpoint shares. Each entry is screened on its own (unreadable, invalid, or its key
/// repeated earlier in the batch fails that entry alone); the module then decides each remaining candidate
/// (created, updated, unchanged or failed) and writes the good ones in the command's one transaction.
/// </summary>
public sealed class BatchUpsert<TItem>
    where TItem : class
{
    private readonly BatchItemResultDto?[] _results;

    internal BatchUpsert(int count, IReadOnlyList<BatchCandidate<TItem>> candidates)
    {
        _results = new BatchItemResultDto?[count];
        Candidates = candidates;
    }

    /// <summary>The entries that were read, passed validation and carry a key not seen earlier in the batch, in batch order.</summary>
    public IReadOnlyList<BatchCandidate<TItem>> Candidates { get; }

    public bool AnyWritten => _results.Any(result => result?.Status is BatchItemStatus.Created or BatchItemStatus.Updated);

    public void Fail(BatchCandidate<TItem> candidate, IReadOnlyDictionary<string, string[]> errors) => Record(candidate.Entry.Failed(errors));

    public void Succeed(BatchCandidate<TItem> candidate, BatchItemStatus status, Guid id) => Record(candidate.Entry.Succeeded(status, id));

    /// <summary>One result per entry, in the order sent; every candidate must have been decided.</summary>
    public BatchResultDto Result() =>
        BatchResultDto.Of(_results.Select((result, index) => result ?? throw new InvalidOperationException($"Batch item {index} was never decided.")).ToList());

    internal void Record(BatchItemResultDto result) => _results[result.Index] = result;
}

/// <summary>Starts a <see cref="BatchUpsert{TItem}"/>.</summary>
public static class BatchUpsert
{
    /// <summary>
    /// Screens every entry: <c>keyOf</c> is what identifies an item in the batch (an external id, a currency and day);
    /// an item whose key came earlier fails with <c>repeated</c> on <c>keyField</c>.
    /// </summary>
    public static async Task<BatchUpsert<TItem>> ScreenAsync<TItem, TKey>(IReadOnlyList<BatchEntry<TItem>> entries, IValidator<TItem> validator,
        Func<TItem, TKey> keyOf, string keyField, string repeated, CancellationToken cancellationToken)
        where TItem : class
    {
        var failed = new List<BatchItemResultDto>();
        var candidates = new List<BatchCandidate<TItem>>();
        var seen = new HashSet<TKey>();
        foreach (var entry in entries)
        {
            if (entry.Item is not { } item)
            {
                failed.Add(entry.Failed(entry.Errors!));
                continue;
            }

            var validation = await validator.ValidateAsync(item, cancellationToken);
            if (!validation.IsValid)
            {
                failed.Add(entry.Failed(ValidationErrors.From(validation.Errors)));
            }
            else if (!seen.Add(keyOf(item)))
            {
                failed.Add(entry.Failed(new Dictionary<string, string[]> { [keyField] = [repeated] }));
            }
            else
            {
                candidates.Add(new BatchCandidate<TItem>(entry, item));
            }
        }

        var batch = new BatchUpsert<TItem>(entries.Count, candidates);
        failed.ForEach(batch.Record);
        return batch;
    }
}
