using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Points;
using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>Swagger UI's example bodies for the invite-reward programme and loyalty points.</summary>
internal static class ReferralExamples
{
    private static readonly Guid Program = Guid.Parse("019ad000-0000-7000-8000-000000000030");
    private static readonly Guid Referrer = Guid.Parse("019ad000-0000-7000-8000-000000000001");
    private static readonly Guid Invitee = Guid.Parse("019ad000-0000-7000-8000-000000000031");
    private static readonly DateTime Starts = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Created = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ReferralReward Reward = new(RewardKind.Coupon, null, Money.Of(10m, "EUR"), "EUR 10 off the next order");

    public static void Register(ExampleCatalog examples)
    {
        var code = new InviteCodeDto("K7M2QX9HTR4B", Program, Referrer, 3, 2, Created);
        var entry = new PointsEntryDto(Guid.Parse("019ad000-0000-7000-8000-000000000032"), Referrer, "pos-7781-refund", PointsEntryKind.Redeem, -200, PointsSource.Manual,
            null, "Redeemed at checkout, order 7781", Created, 1_300);
        examples
            .Add(new CreateReferralProgramCommand("Invite a friend, winter", Reward, RewardTrigger.FirstPurchase, 10, 5_000, Starts, null))
            .Add(new ReferralProgramRequest("Invite a friend, winter", Reward, RewardTrigger.FirstPurchase, 20, 5_000, Starts, null))
            .Add(new ReferralProgramDto
            {
                Id = Program,
                Name = "Invite a friend, winter",
                Reward = Reward,
                Trigger = RewardTrigger.FirstPurchase,
                PerReferrerCap = 10,
                ProgramCap = 5_000,
                StartsAt = Starts,
                Referrals = 1_204,
                Rewarded = 655,
                CreatedAt = Starts,
                UpdatedAt = Created,
                Version = 1_860,
            })
            .Add(new InviteCodeRequest(Referrer))
            .Add(code)
            .Add(new InviteCodeIssueDto(code, true))
            .Add(new RedeemInviteCodeCommand("K7M2QX9HTR4B", null, "crm-20417"))
            .Add(new ReferralDto(Guid.Parse("019ad000-0000-7000-8000-000000000033"), Program, "K7M2QX9HTR4B", Referrer, Invitee, ReferralStatus.Pending, Created, null))
            .Add(new LeaderboardDto(Program, Created, [new LeaderboardEntryDto(1, Referrer, "Ana Schmidt", "K7M2QX9HTR4B", 3, 2)]))
            .Add(new PointsEntryRequest("pos-7781-refund", PointsEntryKind.Redeem, 200, "Redeemed at checkout, order 7781"))
            .Add(entry)
            .Add(new PointsEntryRecordDto(entry, true))
            .Add(new PointsBalanceDto(Referrer, 1_300, 2_000, 500, 200, Created));
    }
}
