using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.ListReferrals;

internal sealed class ListReferralsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListReferralsQuery, Page<ReferralDto>>
{
    private const string ProgramSql = ReferralProgramRow.SelectFromSql + " WHERE id = @Id";

    public async Task<Page<ReferralDto>> Handle(ListReferralsQuery request, CancellationToken cancellationToken)
    {
        await connectionFactory.SingleOrNotFoundAsync<ReferralProgramRow>(ProgramSql, new { Id = request.ProgramId }, "Referral program", request.ProgramId, cancellationToken);
        var list = new KeysetListSql(ReferralRow.SelectFromSql, request, "redeemed_at", "redeemed_at")
            .Where("program_id = @ProgramId").WithParameter("ProgramId", request.ProgramId)
            .WhereIfPresent(request.ReferrerId, "referrer_id = @ReferrerId", "ReferrerId")
            .WhereIfPresent(EnumText.ToText(request.Status), "status = @Status", "Status");
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await list.ReadAsync(connection, connectionFactory.Dialect, (ReferralRow row) => (row.RedeemedAt, row.RedeemedAt, row.Id),
            row => ReferralRow.ToDto(row.ToDomain()), cancellationToken);
    }
}
