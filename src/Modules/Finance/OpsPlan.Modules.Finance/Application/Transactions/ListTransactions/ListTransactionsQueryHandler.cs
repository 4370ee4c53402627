using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.ListTransactions;

/// <summary>Newest first, or with <c>updatedSince</c> oldest change first: the incremental sync an integrator pages through.</summary>
internal sealed class ListTransactionsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListTransactionsQuery, Page<TransactionDto>>
{
    public async Task<Page<TransactionDto>> Handle(ListTransactionsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(TransactionRow.SelectFromSql, request, sortable: TransactionSorting.Keys)
            .WhereIfPresent(request.CostCenterId, "cost_center_id = @CostCenterId", "CostCenterId")
            .WhereAnyOf(request.Category, "category", "Category")
            .WhereAnyOf(request.Direction, "direction", "Direction")
            .WhereIfPresent(request.CashAccountId, "cash_account_id = @CashAccountId", "CashAccountId")
            .WhereIfPresent(request.From, "occurred_on >= @From", "From")
            .WhereIfPresent(request.To, "occurred_on <= @To", "To")
            .WhereIfPresent(request.ExternalId, "external_id = @ExternalId", "ExternalId");

        return await list.ReadAsync(connectionFactory, (TransactionRow row) => row.ToDto(), cancellationToken);
    }
}
