using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.GetTransaction;

internal sealed class GetTransactionQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetTransactionQuery, TransactionDto>
{
    private const string Sql = TransactionRow.SelectFromSql + " WHERE id = @Id";

    public async Task<TransactionDto> Handle(GetTransactionQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<TransactionRow>(Sql, new { request.Id }, "Transaction", request.Id, cancellationToken)).ToDto();
}
