using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.SyncTransactions;

internal sealed class SyncTransactionsCommandValidator : AbstractValidator<SyncTransactionsCommand>
{
    public SyncTransactionsCommandValidator() =>
        RuleFor(command => command.Items).NotEmpty().Must(items => items.Count <= BatchEntry<TransactionSyncItem>.MaxItems)
            .WithMessage($"A batch has 1 to {BatchEntry<TransactionSyncItem>.MaxItems:N0} items.");
}
