using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.ListReferralPrograms;

internal sealed class ListReferralProgramsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListReferralProgramsQuery, Page<ReferralProgramDto>>
{
    public async Task<Page<ReferralProgramDto>> Handle(ListReferralProgramsQuery request, CancellationToken cancellationToken) =>
        await new KeysetListSql(ReferralProgramRow.SelectFromSql, request).ReadAsync(connectionFactory, (ReferralProgramRow row) => row.ToDto(), cancellationToken);
}
