using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.ListPartnerStatusChanges;

/// <summary>A partner's status history, newest first (404 for an unknown partner).</summary>
internal sealed class ListPartnerStatusChangesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListPartnerStatusChangesQuery, Page<PartnerStatusChangeDto>>
{
    public async Task<Page<PartnerStatusChangeDto>> Handle(ListPartnerStatusChangesQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(PartnerScope.PartnerExistsSql, new { request.PartnerId }, "Partner", request.PartnerId, cancellationToken);

        // Changes are never edited, so the time of the change is both keys.
        var list = new KeysetListSql(PartnerStatusChangeRow.SelectFromSql, request, "changed_at", "changed_at")
            .WhereIfPresent(request.PartnerId, "partner_id = @PartnerId", "PartnerId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (PartnerStatusChangeRow row) => (row.ChangedAt, row.ChangedAt, row.Id), row => row.ToDto(),
            cancellationToken);
    }
}
