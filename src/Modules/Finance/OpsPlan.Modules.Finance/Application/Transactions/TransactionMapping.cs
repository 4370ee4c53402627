using OpsPlan.Modules.Finance.Contracts.Transactions;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions;

internal static class TransactionMapping
{
    public static TransactionDetails Details(this CreateTransactionCommand command) => new(command.OccurredOn, command.CostCenterId, command.Category,
        command.Direction, command.Amount, command.CashAccountId, command.Counterparty, command.PartnerId, command.Description, command.Market);

    public static TransactionDetails Details(this TransactionSyncItem item) => new(item.OccurredOn, item.CostCenterId, item.Category,
        item.Direction, item.Amount, item.CashAccountId, item.Counterparty, item.PartnerId, item.Description, item.Market);
}
