using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.GetTransaction;

internal sealed class GetTransactionQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetTransactionQuery, TransactionDto>
{
    private const string Sql = TransactionRow.SelectFromSql + " WHERE id = @Id";

    public async Task<TransactionDto> Handle(GetTransactionQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TransactionRow>(new CommandDefinition(Sql, new { request.Id }, cancellationToken: cancellationToken));
        return row?.ToDto() ?? throw new NotFoundException("Transaction", request.Id);
    }
}
