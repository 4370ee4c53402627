using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Application.Campaigns;
using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Application.Referrals;
using OpsPlan.Modules.Growth.Contracts.Activity;
using OpsPlan.Modules.Growth.Domain.Activity;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Activity.RecordActivity;

/// <summary>
/// Screens every event, drops those already received (by the sender's event id), resolves the customers, then in
/// one transaction stores the events, marks the active days and months, and moves each customer's activity, value
/// and stage on once for all its events in the batch; then campaigns count their conversions and a first purchase
/// rewards the customer's referrer.
/// </summary>
internal sealed class RecordActivityCommandHandler(IActivityRepository activity, ICustomerRepository customers, CustomerBook book,
    CampaignConversions conversions, ReferralDesk referrals, IValidator<ActivityEventItem> validator, IOptions<GrowthOptions> options, IClock clock) : ICommandHandler<RecordActivityCommand, BatchResultDto>
{
    private static readonly Dictionary<string, string[]> UnknownByExternalId = new() { ["customerExternalId"] = ["No customer has this external id."] };
    private static readonly Dictionary<string, string[]> UnknownById = new() { ["customerId"] = ["No customer has this id."] };

    public async Task<BatchResultDto> Handle(RecordActivityCommand request, CancellationToken cancellationToken)
    {
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => item.EventId,
            "eventId", "This event id appears earlier in the batch.", cancellationToken);
        var received = await activity.FindReceivedAsync(batch.Candidates.Select(candidate => candidate.Item.EventId).ToList(), cancellationToken);
        var fresh = new List<BatchCandidate<ActivityEventItem>>();
        foreach (var candidate in batch.Candidates)
        {
            if (received.TryGetValue(candidate.Item.EventId, out var id))
            {
                batch.Succeed(candidate, BatchItemStatus.Unchanged, id);
            }
            else
            {
                fresh.Add(candidate);
            }
        }

        var byExternalId = await customers.FindByExternalIdsAsync(fresh.Select(candidate => candidate.Item.CustomerExternalId).OfType<string>().Distinct().ToList(), cancellationToken);
        var byId = byExternalId.Values.ToDictionary(customer => customer.Id);
        var idsToLoad = fresh.Select(candidate => candidate.Item.CustomerId).OfType<Guid>().Where(id => !byId.ContainsKey(id)).Distinct().ToList();
        foreach (var (id, customer) in await customers.FindAsync(idsToLoad, cancellationToken))
        {
            // One instance per customer, however the batch names it, so its events move it on once.
            byId[id] = customer;
        }

        var now = clock.UtcNow;
        var events = new List<(Customer Customer, ActivityEvent Event)>();
        foreach (var candidate in fresh)
        {
            var item = candidate.Item;
            Customer? customer = item.CustomerExternalId is { } externalId ? byExternalId.GetValueOrDefault(externalId) : byId.GetValueOrDefault(item.CustomerId!.Value);
            if (customer is null)
            {
                batch.Fail(candidate, item.CustomerExternalId is null ? UnknownById : UnknownByExternalId);
                continue;
            }

            var recorded = new ActivityEvent(Ids.New(), item.EventId, customer.Id, item.Type, SystemClock.TruncateToMicroseconds(item.OccurredAt), item.Value,
                item.ProductId, now);
            events.Add((customer, recorded));
            batch.Succeed(candidate, BatchItemStatus.Created, recorded.Id);
        }

        var stored = events.Select(pair => pair.Event).ToList();
        var beforeBatch = events.Select(pair => pair.Customer).Distinct()
            .ToDictionary(customer => customer.Id, customer => new MarkedCustomer(customer.Standing.LastActiveAt, customer.Profile.SignupMonth));
        await activity.AddAsync(stored, ActivityMarks.Of(stored, id => beforeBatch[id]), cancellationToken);
        var windows = options.Value.Windows;
        var touched = new List<Customer>();
        var firstBuyers = new List<Guid>();
        foreach (var group in events.GroupBy(pair => pair.Customer))
        {
            var customerEvents = group.Select(pair => pair.Event).ToList();
            var purchases = customerEvents.Where(recorded => recorded.IsPurchase)
                .Select(recorded => (recorded.Value?.MinorUnits ?? 0, recorded.OccurredAt));
            var hadPurchased = group.Key.Standing.Value.PurchaseCount > 0;
            group.Key.RecordActivity(customerEvents.Max(recorded => recorded.OccurredAt), purchases, windows, now);
            touched.Add(group.Key);
            if (!hadPurchased && group.Key.Standing.Value.PurchaseCount > 0)
            {
                firstBuyers.Add(group.Key.Id);
            }
        }

        await book.SaveStandingAsync(touched, cancellationToken);
        await conversions.RecordAsync(stored, now, cancellationToken);
        await referrals.RewardFirstPurchasesAsync(firstBuyers, now, cancellationToken);
        return batch.Result();
    }
}
