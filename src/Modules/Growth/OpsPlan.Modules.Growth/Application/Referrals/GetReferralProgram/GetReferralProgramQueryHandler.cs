using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.GetReferralProgram;

internal sealed class GetReferralProgramQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetReferralProgramQuery, ReferralProgramDto>
{
    private const string Sql = ReferralProgramRow.SelectFromSql + " WHERE id = @Id";

    public async Task<ReferralProgramDto> Handle(GetReferralProgramQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<ReferralProgramRow>(Sql, new { request.Id }, "Referral program", request.Id, cancellationToken)).ToDto();
}
