using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash.GetCashAccount;

internal sealed class GetCashAccountQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetCashAccountQuery, CashAccountDto>
{
    private const string Sql = CashAccountRow.SelectFromSql + " WHERE id = @Id";

    public async Task<CashAccountDto> Handle(GetCashAccountQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CashAccountRow>(new CommandDefinition(Sql, new { request.Id }, cancellationToken: cancellationToken));
        return row?.ToDto() ?? throw new NotFoundException("Cash account", request.Id);
    }
}
