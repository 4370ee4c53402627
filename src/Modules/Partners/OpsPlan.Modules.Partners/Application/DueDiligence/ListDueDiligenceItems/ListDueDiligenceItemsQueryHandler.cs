using OpsPlan.Modules.Partners.Contracts.DueDiligence;

namespace OpsPlan.Modules.Partners.Application.DueDiligence.ListDueDiligenceItems;

internal sealed class ListDueDiligenceItemsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListDueDiligenceItemsQuery, IReadOnlyList<DueDiligenceItemDto>>
{
    public async Task<IReadOnlyList<DueDiligenceItemDto>> Handle(ListDueDiligenceItemsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(PartnerScope.PartnerExistsSql, new { request.PartnerId }, "Partner", request.PartnerId, cancellationToken);
        return (await connection.QueryAsync<DueDiligenceItemRow>(new CommandDefinition(DueDiligenceSql.ChecklistSql, new { request.PartnerId },
            cancellationToken: cancellationToken))).Select(row => row.ToDto()).ToList();
    }
}
