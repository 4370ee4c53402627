using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals;

/// <summary>A row of <c>growth.invite_codes</c>.</summary>
internal sealed class InviteCodeRow
{
    public const string SelectFromSql = """
        SELECT code AS Code, program_id AS ProgramId, customer_id AS CustomerId, referral_count AS Referrals, rewarded_count AS Rewarded, created_at AS CreatedAt
        FROM growth.invite_codes
        """;

    public string Code { get; init; } = "";

    public Guid ProgramId { get; init; }

    public Guid CustomerId { get; init; }

    public int Referrals { get; init; }

    public int Rewarded { get; init; }

    public DateTime CreatedAt { get; init; }

    public InviteCode ToDomain() => new(Code, ProgramId, CustomerId, Referrals, Rewarded, CreatedAt);

    public static InviteCodeDto ToDto(InviteCode code) => new(code.Code, code.ProgramId, code.CustomerId, code.Referrals, code.Rewarded, code.CreatedAt);
}
