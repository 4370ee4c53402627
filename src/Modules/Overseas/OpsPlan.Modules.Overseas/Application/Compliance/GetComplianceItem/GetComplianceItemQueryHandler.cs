using OpsPlan.Modules.Overseas.Contracts.Compliance;

namespace OpsPlan.Modules.Overseas.Application.Compliance.GetComplianceItem;

internal sealed class GetComplianceItemQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetComplianceItemQuery, ComplianceItemDto>
{
    private const string Sql = ComplianceItemRow.SelectFromSql + " WHERE id = @Id AND market_id = @MarketId";

    public async Task<ComplianceItemDto> Handle(GetComplianceItemQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<ComplianceItemRow>(Sql, request, "Compliance item", request.Id, cancellationToken)).ToDto();
}
