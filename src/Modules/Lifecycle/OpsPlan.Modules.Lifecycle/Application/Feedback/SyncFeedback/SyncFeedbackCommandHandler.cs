using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Lifecycle.Contracts.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.SyncFeedback;

/// <summary>
/// The shared batch loop for feedback imports: each item is created, resynced (its content, never its status or product)
/// or failed alone; the good ones are written in one transaction.
/// </summary>
internal sealed class SyncFeedbackCommandHandler(IProductRepository products, IFeedbackRepository feedback, IValidator<FeedbackSyncItem> validator, IClock clock)
    : ICommandHandler<SyncFeedbackCommand, BatchResultDto>
{
    private static readonly Dictionary<string, string[]> UnknownProduct = new() { ["productId"] = ["No product has this id."] };
    private static readonly Dictionary<string, string[]> OtherProduct = new() { ["productId"] = ["This feedback item was imported for another product."] };

    public async Task<BatchResultDto> Handle(SyncFeedbackCommand request, CancellationToken cancellationToken)
    {
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => item.ExternalId, "externalId", "This external id appears earlier in the batch.",
            cancellationToken);
        var known = await products.FindAsync(batch.Candidates.Select(candidate => candidate.Item.ProductId).Distinct().ToList(), cancellationToken);
        var existing = await feedback.FindByExternalIdsAsync(batch.Candidates.Select(candidate => candidate.Item.ExternalId).ToList(), cancellationToken);
        var now = clock.UtcNow;
        var added = new List<FeedbackItem>();
        var changed = new List<FeedbackItem>();
        foreach (var candidate in batch.Candidates)
        {
            var item = candidate.Item;
            var content = FeedbackRules.ContentOf(item.Source, item.Rating, item.Category, item.Text, item.ReceivedAt);
            if (existing.TryGetValue(item.ExternalId, out var stored))
            {
                if (stored.ProductId != item.ProductId)
                {
                    batch.Fail(candidate, OtherProduct);
                    continue;
                }

                var updated = stored.Resync(content, now);
                if (updated)
                {
                    changed.Add(stored);
                }

                batch.Succeed(candidate, updated ? BatchItemStatus.Updated : BatchItemStatus.Unchanged, stored.Id);
            }
            else if (!known.ContainsKey(item.ProductId))
            {
                batch.Fail(candidate, UnknownProduct);
            }
            else
            {
                var received = FeedbackItem.Receive(item.ProductId, item.ExternalId, content, now);
                added.Add(received);
                batch.Succeed(candidate, BatchItemStatus.Created, received.Id);
            }
        }

        await feedback.AddAsync(added, cancellationToken);
        await feedback.UpdateAsync(changed, cancellationToken);
        return batch.Result();
    }
}
