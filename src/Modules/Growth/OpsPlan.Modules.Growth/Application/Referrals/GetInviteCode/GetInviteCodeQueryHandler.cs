using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.GetInviteCode;

internal sealed class GetInviteCodeQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetInviteCodeQuery, InviteCodeDto>
{
    private const string Sql = InviteCodeRow.SelectFromSql + " WHERE code = @Code";

    public async Task<InviteCodeDto> Handle(GetInviteCodeQuery request, CancellationToken cancellationToken)
    {
        var code = InviteCode.Normalize(request.Code);
        return InviteCodeRow.ToDto((await connectionFactory.SingleOrNotFoundAsync<InviteCodeRow>(Sql, new { Code = code }, "Invite code", code, cancellationToken)).ToDomain());
    }
}
