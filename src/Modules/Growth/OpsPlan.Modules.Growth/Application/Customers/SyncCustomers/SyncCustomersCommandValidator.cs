using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.SyncCustomers;

internal sealed class SyncCustomersCommandValidator : AbstractValidator<SyncCustomersCommand>
{
    public SyncCustomersCommandValidator() =>
        RuleFor(command => command.Items).NotEmpty().Must(items => items.Count <= BatchEntry<CustomerSyncItem>.MaxItems)
            .WithMessage($"A batch has 1 to {BatchEntry<CustomerSyncItem>.MaxItems:N0} items.");
}
