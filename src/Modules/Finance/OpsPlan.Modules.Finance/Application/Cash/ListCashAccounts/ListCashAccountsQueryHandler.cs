using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash.ListCashAccounts;

internal sealed class ListCashAccountsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListCashAccountsQuery, Page<CashAccountDto>>
{
    public async Task<Page<CashAccountDto>> Handle(ListCashAccountsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(CashAccountRow.SelectFromSql, request).WhereIfPresent(request.Currency, "currency = @Currency", "Currency");
        return await list.ReadAsync(connectionFactory, (CashAccountRow row) => row.ToDto(), cancellationToken);
    }
}
