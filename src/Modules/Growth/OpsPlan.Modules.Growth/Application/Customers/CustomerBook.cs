using OpsPlan.Modules.Growth.Contracts.Events;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers;

/// <summary>
/// Saves customers with what follows from them, in the command's transaction: every stage change goes into the
/// history, and a move from one stage to another is published as <see cref="CustomerStageChanged"/>.
/// </summary>
internal sealed class CustomerBook(ICustomerRepository customers, IOutbox outbox)
{
    public async Task SaveAsync(IReadOnlyCollection<Customer> added, IReadOnlyCollection<Customer> changed, CancellationToken cancellationToken)
    {
        await customers.AddAsync(added, cancellationToken);
        await customers.UpdateAsync(changed, cancellationToken);

        var saved = added.Concat(changed).ToList();
        await customers.AddStageChangesAsync(saved.SelectMany(customer => customer.StageChanges).ToList(), cancellationToken);
        foreach (var customer in saved)
        {
            foreach (var change in customer.StageChanges.Where(change => change.From is not null))
            {
                await outbox.EnqueueAsync(new CustomerStageChanged(customer.Id, customer.ExternalId, change.From!.Value, change.To, change.ChangedAt, change.Reason),
                    cancellationToken);
            }
        }
    }
}
