using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.SyncTransactions;

internal sealed class TransactionSyncItemValidator : AbstractValidator<TransactionSyncItem>
{
    public TransactionSyncItemValidator()
    {
        RuleFor(item => item.ExternalId).NotEmpty().ExternalId();
        this.TransactionFields(item => item.Details());
    }
}
