using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Application.Referrals;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.SyncCustomers;

/// <summary>
/// Validates every item first, then writes the good ones in one transaction: a customer is created, replaced, left
/// unchanged or failed as a whole, and a failed item never stops the others. A new customer's referral code is checked
/// before anything is written and redeemed once the customer is.
/// </summary>
internal sealed class SyncCustomersCommandHandler(ICustomerRepository customers, CustomerBook book, ReferralDesk referrals, IValidator<CustomerSyncItem> validator,
    IOptions<GrowthOptions> options, IClock clock) : ICommandHandler<SyncCustomersCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(SyncCustomersCommand request, CancellationToken cancellationToken)
    {
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => item.ExternalId,
            "externalId", "This external id appears earlier in the batch.", cancellationToken);
        var existing = await customers.FindByExternalIdsAsync(batch.Candidates.Select(candidate => candidate.Item.ExternalId).ToList(), cancellationToken);
        var windows = options.Value.Windows;
        var now = clock.UtcNow;
        var added = new List<Customer>();
        var changed = new List<Customer>();
        var referred = new List<(Customer Invitee, string Code)>();
        var tally = new ReferralTally();
        foreach (var candidate in batch.Candidates)
        {
            var item = candidate.Item;
            var profile = ProfileOf(item);
            if (existing.TryGetValue(item.ExternalId, out var customer))
            {
                var updated = customer.Sync(profile, item.RestorePersonalData == true, windows, now);
                if (updated)
                {
                    changed.Add(customer);
                }

                batch.Succeed(candidate, updated ? BatchItemStatus.Updated : BatchItemStatus.Unchanged, customer.Id);
            }
            else
            {
                var created = Customer.Register(item.ExternalId, profile, windows, now);
                if (item.ReferralCode is { } code)
                {
                    if (await referrals.AdmitAsync(code, created, true, now, tally, cancellationToken) is { } problem)
                    {
                        batch.Fail(candidate, new Dictionary<string, string[]> { ["referralCode"] = [problem.Message] });
                        continue;
                    }

                    referred.Add((created, code));
                }

                added.Add(created);
                batch.Succeed(candidate, BatchItemStatus.Created, created.Id);
            }
        }

        await book.SaveAsync(added, changed, cancellationToken);
        foreach (var (invitee, code) in referred)
        {
            await referrals.RedeemAsync(code, invitee, true, now, cancellationToken);
        }

        return batch.Result();
    }

    private static CustomerProfile ProfileOf(CustomerSyncItem item) => new(
        new PersonalData(item.DisplayName, item.Email, item.AgeBand, item.Gender, item.Region, InterestTags.Of(item.Interests),
            CustomerRules.AttributesJson(item.CustomAttributes)),
        item.Country,
        item.AcquisitionChannel,
        SystemClock.TruncateToMicroseconds(item.SignedUpAt),
        item.Tier ?? CustomerTier.Standard,
        item.MarketingConsent ?? false);
}
