using System.Data.Common;
using OpsPlan.Modules.Growth.Application.Referrals;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

internal sealed class ReferralRepository(IUnitOfWork unitOfWork) : IReferralRepository
{
    // SQL Server takes at most 2,100 parameters a statement: lookups go in chunks well below it.
    private const int LookupChunk = 1_000;

    private const string ProgramSql = ReferralProgramRow.SelectFromSql + " WHERE id = @Id";
    private const string NameTakenSql = "SELECT COUNT(*) FROM growth.referral_programs WHERE name = @Name AND (@Except IS NULL OR id <> @Except)";
    private const string InsertProgramSql = """
        INSERT INTO growth.referral_programs (id, name, reward_kind, reward_points, reward_value_minor, reward_currency, reward_detail, reward_trigger,
                                              per_referrer_cap, program_cap, starts_at, ends_at, referral_count, rewarded_count, created_at, updated_at, version)
        VALUES (@Id, @Name, @RewardKind, @RewardPoints, @RewardValueMinor, @RewardCurrency, @RewardDetail, @RewardTrigger,
                @PerReferrerCap, @ProgramCap, @StartsAt, @EndsAt, @ReferralCount, @RewardedCount, @CreatedAt, @UpdatedAt, @Version)
        """;
    private const string UpdateProgramSql = """
        UPDATE growth.referral_programs
        SET name = @Name, reward_kind = @RewardKind, reward_points = @RewardPoints, reward_value_minor = @RewardValueMinor, reward_currency = @RewardCurrency,
            reward_detail = @RewardDetail, reward_trigger = @RewardTrigger, per_referrer_cap = @PerReferrerCap, program_cap = @ProgramCap,
            starts_at = @StartsAt, ends_at = @EndsAt, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string CodeSql = InviteCodeRow.SelectFromSql + " WHERE code = @Code";
    private const string CodeOfSql = InviteCodeRow.SelectFromSql + " WHERE program_id = @ProgramId AND customer_id = @CustomerId";
    private const string InsertCodeSqlite = """
        INSERT INTO growth.invite_codes (code, program_id, customer_id, referral_count, rewarded_count, created_at)
        VALUES (@Code, @ProgramId, @CustomerId, 0, 0, @CreatedAt)
        ON CONFLICT (code) DO NOTHING
        """;
    private const string InsertCodeSqlServer = """
        INSERT INTO growth.invite_codes (code, program_id, customer_id, referral_count, rewarded_count, created_at)
        SELECT @Code, @ProgramId, @CustomerId, 0, 0, @CreatedAt
        WHERE NOT EXISTS (SELECT 1 FROM growth.invite_codes WITH (UPDLOCK, HOLDLOCK) WHERE code = @Code)
        """;

    private const string ByInviteeSql = ReferralRow.SelectFromSql + " WHERE invitee_id = @InviteeId";
    private const string PendingSql = ReferralRow.SelectFromSql + " WHERE status = 'pending' AND invitee_id IN @InviteeIds";

    // Each counter checks its cap in the same statement that moves it: under concurrent redemptions only as many
    // succeed as there are places left. The programme's version moves with its counts, so its ETag does too.
    private const string CountProgramSql = """
        UPDATE growth.referral_programs
        SET referral_count = referral_count + 1, rewarded_count = rewarded_count + @Rewarded, updated_at = @Now, version = version + 1
        WHERE id = @ProgramId AND (program_cap IS NULL OR referral_count < program_cap)
        """;
    private const string CountCodeSql = """
        UPDATE growth.invite_codes SET referral_count = referral_count + 1, rewarded_count = rewarded_count + @Rewarded
        WHERE code = @Code AND (@Cap IS NULL OR referral_count < @Cap)
        """;

    private const string InsertReferralSql = """
        INSERT INTO growth.referrals (id, program_id, code, referrer_id, invitee_id, status, redeemed_at, rewarded_at)
        VALUES (@Id, @ProgramId, @Code, @ReferrerId, @InviteeId, @Status, @RedeemedAt, @RewardedAt)
        """;
    private const string RewardSql = "UPDATE growth.referrals SET status = 'rewarded', rewarded_at = @Now WHERE id = @Id AND status = 'pending'";
    private const string RewardCodeSql = "UPDATE growth.invite_codes SET rewarded_count = rewarded_count + 1 WHERE code = @Code";
    private const string RewardProgramSql = """
        UPDATE growth.referral_programs SET rewarded_count = rewarded_count + 1, updated_at = @Now, version = version + 1 WHERE id = @ProgramId
        """;

    public async Task<ReferralProgram> GetProgramAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<ReferralProgramRow>(ProgramSql, new { Id = id }, "Referral program", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(NameTakenSql, new { Name = name, Except = except }, cancellationToken) > 0;

    public Task AddProgramAsync(ReferralProgram program, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertProgramSql, ReferralProgramRow.Parameters(program), cancellationToken);

    public Task UpdateProgramAsync(ReferralProgram program, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateProgramSql, ReferralProgramRow.Parameters(program), cancellationToken);

    public async Task<InviteCode?> FindCodeAsync(string code, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<InviteCodeRow>(CodeSql, new { Code = code }, cancellationToken))?.ToDomain();

    public async Task<InviteCode?> FindCodeOfAsync(Guid programId, Guid customerId, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<InviteCodeRow>(CodeOfSql, new { ProgramId = programId, CustomerId = customerId }, cancellationToken))?.ToDomain();

    public async Task<bool> TryAddCodeAsync(InviteCode code, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(InsertCodeSqlite, InsertCodeSqlServer),
            new { code.Code, code.ProgramId, code.CustomerId, code.CreatedAt }, cancellationToken) == 1;

    public async Task<Referral?> FindByInviteeAsync(Guid inviteeId, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<ReferralRow>(ByInviteeSql, new { InviteeId = inviteeId }, cancellationToken))?.ToDomain();

    public async Task<bool> TryCountReferralAsync(ReferralProgram program, string code, bool rewarded, DateTime now, CancellationToken cancellationToken)
    {
        var reward = rewarded ? 1 : 0;
        return await unitOfWork.ExecuteAsync(CountProgramSql, new { ProgramId = program.Id, Rewarded = reward, Now = now }, cancellationToken) == 1
            && await unitOfWork.ExecuteAsync(CountCodeSql, new { Code = code, Cap = program.Terms.PerReferrerCap, Rewarded = reward }, cancellationToken) == 1;
    }

    public async Task AddReferralAsync(Referral referral, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.ExecuteAsync(InsertReferralSql, new
            {
                referral.Id,
                referral.ProgramId,
                referral.Code,
                referral.ReferrerId,
                referral.InviteeId,
                Status = EnumText.ToText(referral.Status),
                referral.RedeemedAt,
                referral.RewardedAt,
            }, cancellationToken);
        }
        catch (DbException exception) when (UniqueKeyViolation.Is(exception))
        {
            // Another redemption for the same invitee committed between our check and our insert (SQL Server's writers run side by side).
            throw new BusinessRuleException(RedemptionProblem.AlreadyReferred, "This customer was referred already.");
        }
    }

    public async Task<bool> TryMarkRewardedAsync(Referral referral, DateTime now, CancellationToken cancellationToken)
    {
        if (await unitOfWork.ExecuteAsync(RewardSql, new { referral.Id, Now = now }, cancellationToken) != 1)
        {
            return false;
        }

        await unitOfWork.ExecuteAsync(RewardCodeSql, new { referral.Code }, cancellationToken);
        await unitOfWork.ExecuteAsync(RewardProgramSql, new { referral.ProgramId, Now = now }, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<Referral>> PendingForAsync(IReadOnlyCollection<Guid> inviteeIds, CancellationToken cancellationToken)
    {
        var found = new List<Referral>();
        foreach (var chunk in inviteeIds.Chunk(LookupChunk))
        {
            found.AddRange((await unitOfWork.QueryAsync<ReferralRow>(PendingSql, new { InviteeIds = unitOfWork.Dialect.IdList(chunk) }, cancellationToken))
                .Select(row => row.ToDomain()));
        }

        return found;
    }
}
