using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.SyncCustomers;

internal sealed class SyncCustomersCommandValidator() : BatchCommandValidator<SyncCustomersCommand, CustomerSyncItem>(command => command.Items);
