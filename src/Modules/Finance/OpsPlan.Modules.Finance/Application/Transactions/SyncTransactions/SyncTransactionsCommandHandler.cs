using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Finance.Contracts.Transactions;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.SyncTransactions;

/// <summary>
/// Validates every item first, then writes the good ones in one transaction: an item is created, replaced, left
/// unchanged or failed as a whole, and a failed item never stops the others.
/// </summary>
internal sealed class SyncTransactionsCommandHandler(ITransactionRepository transactions, TransactionBook book, IValidator<TransactionSyncItem> validator, IClock clock)
    : ICommandHandler<SyncTransactionsCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(SyncTransactionsCommand request, CancellationToken cancellationToken)
    {
        var results = new BatchItemResultDto[request.Items.Count];
        var candidates = new List<(BatchEntry<TransactionSyncItem> Entry, TransactionSyncItem Item)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in request.Items)
        {
            if (entry.Item is not { } item)
            {
                results[entry.Index] = entry.Failed(entry.Errors!);
                continue;
            }

            var validation = await validator.ValidateAsync(item, cancellationToken);
            if (!validation.IsValid)
            {
                results[entry.Index] = entry.Failed(ValidationErrors.From(validation.Errors));
            }
            else if (!seen.Add(item.ExternalId))
            {
                results[entry.Index] = entry.Failed(new Dictionary<string, string[]> { ["externalId"] = ["This external id appears earlier in the batch."] });
            }
            else
            {
                candidates.Add((entry, item));
            }
        }

        var referenceErrors = await book.CheckReferencesAsync(candidates.Select(candidate => (candidate.Entry.Index, candidate.Item.Details())).ToList(), cancellationToken);
        var existing = await transactions.FindByExternalIdsAsync(candidates.Select(candidate => candidate.Item.ExternalId).ToList(), cancellationToken);
        var now = clock.UtcNow;
        var added = new List<Transaction>();
        var replaced = new List<(TransactionDetails Before, Transaction After)>();
        foreach (var (entry, item) in candidates)
        {
            if (referenceErrors.TryGetValue(entry.Index, out var errors))
            {
                results[entry.Index] = entry.Failed(errors);
            }
            else if (existing.TryGetValue(item.ExternalId, out var transaction))
            {
                var before = transaction.Details;
                var changed = transaction.Replace(item.Details(), now);
                if (changed)
                {
                    replaced.Add((before, transaction));
                }

                results[entry.Index] = entry.Succeeded(changed ? BatchItemStatus.Updated : BatchItemStatus.Unchanged, transaction.Id);
            }
            else
            {
                var created = Transaction.Record(item.ExternalId, item.Details(), now);
                added.Add(created);
                results[entry.Index] = entry.Succeeded(BatchItemStatus.Created, created.Id);
            }
        }

        await book.SaveAsync(added, replaced, cancellationToken);
        return BatchResultDto.Of(results);
    }
}
