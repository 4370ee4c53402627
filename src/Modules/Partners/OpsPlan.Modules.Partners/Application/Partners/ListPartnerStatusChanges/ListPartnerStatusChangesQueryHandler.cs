using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.ListPartnerStatusChanges;

/// <summary>A partner's status history, newest first (404 for an unknown partner).</summary>
internal sealed class ListPartnerStatusChangesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListPartnerStatusChangesQuery, Page<PartnerStatusChangeDto>>
{
    private const string SelectFromSql = """
        SELECT id AS Id, from_status AS FromStatus, to_status AS ToStatus, changed_at AS ChangedAt, changed_by AS ChangedBy, reason AS Reason
        FROM partners.status_history
        """;

    private const string PartnerExistsSql = "SELECT COUNT(*) FROM partners.partners WHERE id = @OwnerId";

    private static readonly StatusHistory History = new(SelectFromSql, "partner_id", PartnerExistsSql, "Partner");

    public Task<Page<PartnerStatusChangeDto>> Handle(ListPartnerStatusChangesQuery request, CancellationToken cancellationToken) =>
        History.ReadAsync(connectionFactory, request.PartnerId, request, (StatusChangeRow<PartnerStatus> row) => new PartnerStatusChangeDto
        {
            Id = row.Id, From = row.From, To = row.To, ChangedAt = row.ChangedAt, ChangedBy = row.ChangedBy, Reason = row.Reason,
        }, cancellationToken);
}
