using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.GetMitigation;

internal sealed class GetMitigationQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetMitigationQuery, MitigationDto>
{
    private const string Sql = MitigationRow.SelectFromSql + " WHERE risk_id = @RiskId AND id = @MitigationId";

    public async Task<MitigationDto> Handle(GetMitigationQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<MitigationRow>(Sql, new { request.RiskId, request.MitigationId }, "Mitigation", request.MitigationId, cancellationToken))
        .ToDto(clock.Today);
}
