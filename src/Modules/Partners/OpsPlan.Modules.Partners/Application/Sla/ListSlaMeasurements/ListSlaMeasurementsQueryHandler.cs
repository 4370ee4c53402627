using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Modules.Partners.Application.Sla.ListSlaMeasurements;

/// <summary>An agreement's measurements (404 for an agreement that is not the partner's, or another partner's for a partner's own key).</summary>
internal sealed class ListSlaMeasurementsQueryHandler(IDbConnectionFactory connectionFactory, ICurrentUser user)
    : IQueryHandler<ListSlaMeasurementsQuery, IReadOnlyList<SlaMeasurementDto>>
{
    private const string AgreementExistsSql = "SELECT COUNT(*) FROM partners.agreements WHERE id = @AgreementId AND partner_id = @PartnerId";
    private const string Sql = SlaMeasurementRow.SelectFromSql + " WHERE agreement_id = @AgreementId AND (@Metric IS NULL OR metric = @Metric) ORDER BY period, metric";

    public async Task<IReadOnlyList<SlaMeasurementDto>> Handle(ListSlaMeasurementsQuery request, CancellationToken cancellationToken)
    {
        user.EnsureVisible(request.PartnerId);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(AgreementExistsSql, new { request.AgreementId, request.PartnerId }, "Agreement", request.AgreementId, cancellationToken);
        return (await connection.QueryAsync<SlaMeasurementRow>(new CommandDefinition(Sql, new { request.AgreementId, Metric = EnumText.ToText(request.Metric) },
            cancellationToken: cancellationToken))).Select(row => row.ToDto()).ToList();
    }
}
