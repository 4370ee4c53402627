using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Contracts.Points;

namespace OpsPlan.Modules.Growth.Application.Points.GetPointsBalance;

internal sealed class GetPointsBalanceQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetPointsBalanceQuery, PointsBalanceDto>
{
    private const string CustomerSql = CustomerRow.SelectFromSql + " WHERE id = @Id";
    private const string AccountSql = """
        SELECT balance AS Balance, earned AS Earned, redeemed AS Redeemed, expired AS Expired, updated_at AS UpdatedAt
        FROM growth.points_accounts WHERE customer_id = @Id
        """;

    public async Task<PointsBalanceDto> Handle(GetPointsBalanceQuery request, CancellationToken cancellationToken)
    {
        await connectionFactory.SingleOrNotFoundAsync<CustomerRow>(CustomerSql, new { Id = request.CustomerId }, "Customer", request.CustomerId, cancellationToken);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var account = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(AccountSql, new { Id = request.CustomerId }, cancellationToken: cancellationToken));
        return account is null
            ? new PointsBalanceDto(request.CustomerId, 0, 0, 0, 0, null)
            : new PointsBalanceDto(request.CustomerId, account.Balance, account.Earned, account.Redeemed, account.Expired, account.UpdatedAt);
    }

    private sealed class AccountRow
    {
        public long Balance { get; init; }

        public long Earned { get; init; }

        public long Redeemed { get; init; }

        public long Expired { get; init; }

        public DateTime UpdatedAt { get; init; }
    }
}
