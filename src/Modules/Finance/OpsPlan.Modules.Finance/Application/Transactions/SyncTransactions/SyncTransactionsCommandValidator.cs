using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.SyncTransactions;

internal sealed class SyncTransactionsCommandValidator() : BatchCommandValidator<SyncTransactionsCommand, TransactionSyncItem>(command => command.Items);
