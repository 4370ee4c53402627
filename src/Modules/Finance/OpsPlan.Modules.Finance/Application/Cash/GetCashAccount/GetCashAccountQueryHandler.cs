using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash.GetCashAccount;

internal sealed class GetCashAccountQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetCashAccountQuery, CashAccountDto>
{
    private const string Sql = CashAccountRow.SelectFromSql + " WHERE id = @Id";

    public async Task<CashAccountDto> Handle(GetCashAccountQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<CashAccountRow>(Sql, new { request.Id }, "Cash account", request.Id, cancellationToken)).ToDto();
}
