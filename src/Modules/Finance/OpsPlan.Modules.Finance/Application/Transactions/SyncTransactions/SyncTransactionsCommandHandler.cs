using OpsPlan.BuildingBlocks.Application.Batches;
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
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => item.ExternalId,
            "externalId", "This external id appears earlier in the batch.", cancellationToken);
        var referenceErrors = await book.CheckReferencesAsync(batch.Candidates.Select(candidate => (candidate.Entry.Index, candidate.Item.Details())).ToList(), cancellationToken);
        var existing = await transactions.FindByExternalIdsAsync(batch.Candidates.Select(candidate => candidate.Item.ExternalId).ToList(), cancellationToken);
        var now = clock.UtcNow;
        var added = new List<Transaction>();
        var replaced = new List<(TransactionDetails Before, Transaction After)>();
        foreach (var candidate in batch.Candidates)
        {
            var item = candidate.Item;
            if (referenceErrors.TryGetValue(candidate.Entry.Index, out var errors))
            {
                batch.Fail(candidate, errors);
            }
            else if (existing.TryGetValue(item.ExternalId, out var transaction))
            {
                var before = transaction.Details;
                var changed = transaction.Replace(item.Details(), now);
                if (changed)
                {
                    replaced.Add((before, transaction));
                }

                batch.Succeed(candidate, changed ? BatchItemStatus.Updated : BatchItemStatus.Unchanged, transaction.Id);
            }
            else
            {
                var created = Transaction.Record(item.ExternalId, item.Details(), now);
                added.Add(created);
                batch.Succeed(candidate, BatchItemStatus.Created, created.Id);
            }
        }

        await book.SaveAsync(added, replaced, cancellationToken);
        return batch.Result();
    }
}
