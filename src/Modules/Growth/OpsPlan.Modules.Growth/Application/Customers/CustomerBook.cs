using OpsPlan.Modules.Growth.Contracts.Events;
using OpsPlan.Modules.Growth.Domain.Activity;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers;

/// <summary>
/// Saves customers with what follows from them, in the command's transaction: every stage change goes into the
/// history, a move from one stage to another is published as <see cref="CustomerStageChanged"/>, and a customer
/// synced into another sign-up month takes its activity marks to the new cohort.
/// </summary>
internal sealed class CustomerBook(ICustomerRepository customers, IActivityRepository activity, IOutbox outbox)
{
    /// <summary>Saves synced customers: new ones, and ones whose profile changed.</summary>
    public async Task SaveAsync(IReadOnlyCollection<Customer> added, IReadOnlyCollection<Customer> changed, CancellationToken cancellationToken)
    {
        await customers.AddAsync(added, cancellationToken);
        await customers.UpdateAsync(changed, cancellationToken);
        await activity.MoveToCohortsAsync(changed.Where(customer => customer.SignupMonthMoved)
            .Select(customer => (customer.Id, customer.Profile.SignupMonth)).ToList(), cancellationToken);
        await FollowUpAsync(added.Concat(changed).ToList(), cancellationToken);
    }

    /// <summary>Saves customers whose activity or stage moved on; their profiles did not change.</summary>
    public async Task SaveStandingAsync(IReadOnlyCollection<Customer> changed, CancellationToken cancellationToken)
    {
        await customers.UpdateStandingAsync(changed, cancellationToken);
        await FollowUpAsync(changed, cancellationToken);
    }

    private async Task FollowUpAsync(IReadOnlyCollection<Customer> saved, CancellationToken cancellationToken)
    {
        await customers.AddStageChangesAsync(saved.SelectMany(customer => customer.StageChanges).ToList(), cancellationToken);
        await outbox.EnqueueAsync(saved
            .SelectMany(customer => customer.StageChanges.Where(change => change.From is not null)
                .Select(IntegrationEvent (change) => new CustomerStageChanged(customer.Id, customer.ExternalId, change.From!.Value, change.To, change.ChangedAt, change.Reason)))
            .ToList(), cancellationToken);
    }
}
