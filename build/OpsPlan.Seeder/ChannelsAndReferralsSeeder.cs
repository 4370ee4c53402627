using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Finance.Domain.Cash;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Channels;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Seeder;

/// <summary>
/// Growth part 2 at load-test size: 50 channels with a year of daily metrics (ten of them spending in EUR, converted at
/// a daily Finance rate), and one referral programme: half the customers (at most 100,000) referred, by a fifth as
/// many referrers, skewed so that a few lead the board; the rest stay free to redeem in the load test. The referrals and their counts go in as SQL: the repositories would count them one by one.
/// </summary>
internal sealed class ChannelsAndReferralsSeeder(IServiceProvider provider)
{
    public const int ChannelCount = 50;
    private const int Days = 365;

    private const string InsertCodeSql = """
        INSERT INTO growth.invite_codes (code, program_id, customer_id, referral_count, rewarded_count, created_at)
        VALUES (@Code, @ProgramId, @CustomerId, @Count, @Count, @CreatedAt)
        """;
    private const string InsertReferralSql = """
        INSERT INTO growth.referrals (id, program_id, code, referrer_id, invitee_id, status, redeemed_at, rewarded_at)
        VALUES (@Id, @ProgramId, @Code, @ReferrerId, @InviteeId, 'rewarded', @At, @At)
        """;
    private const string CountsSql = "UPDATE growth.referral_programs SET referral_count = @Count, rewarded_count = @Count WHERE id = @ProgramId";

    /// <summary>Seeds both; <paramref name="customers"/> are the seeded customers' ids in order. Returns the programme, its codes and the first free customer.</summary>
    public async Task<(Guid Program, IReadOnlyList<string> Codes, int FirstFree)> SeedAsync(IReadOnlyList<Guid> customers)
    {
        var now = SystemClock.TruncateToMicroseconds(DateTime.UtcNow);
        await SeedChannelsAsync(now);
        return await SeedReferralsAsync(customers, now);
    }

    private async Task SeedChannelsAsync(DateTime now)
    {
        var random = new Random(5);
        var today = DateOnly.FromDateTime(now);
        var kinds = Enum.GetValues<ChannelKind>();
        var channels = Enumerable.Range(0, ChannelCount).Select(i => Channel.Create($"Load channel {i}", kinds[i % kinds.Length], ChannelStatus.Active, now)).ToList();
        var days = channels.SelectMany((channel, index) => Enumerable.Range(0, Days).Select(back =>
        {
            var currency = index % 5 == 0 ? "EUR" : "USD";
            var impressions = random.Next(1_000, 200_000);
            var clicks = random.Next(0, impressions / 20);
            var signups = random.Next(0, Math.Max(1, clicks / 10));
            return new ChannelDay(Ids.New(), channel.Id, today.AddDays(-back), Money.FromMinorUnits(random.Next(0, 50_000_000), currency), impressions, clicks, signups,
                random.Next(0, signups + 1), Money.FromMinorUnits(random.Next(0, 80_000_000), currency));
        })).ToList();

        await UnitOfWorkScope.RunAsync(provider, "growth", async services =>
        {
            var repository = services.GetRequiredService<IChannelRepository>();
            foreach (var channel in channels)
            {
                await repository.AddAsync(channel, CancellationToken.None);
            }

            await repository.AddDaysAsync(days, now, CancellationToken.None);
        });
        await UnitOfWorkScope.RunAsync(provider, "finance", async services =>
        {
            var rates = services.GetRequiredService<IExchangeRateRepository>();
            for (var back = 0; back < Days; back++)
            {
                await rates.AddAsync(Ids.New(), "EUR", today.AddDays(-back), new ExchangeRate(10_800_000_000 + random.Next(-200_000_000, 200_000_000)), now, CancellationToken.None);
            }
        });
    }

    private async Task<(Guid, IReadOnlyList<string>, int)> SeedReferralsAsync(IReadOnlyList<Guid> customers, DateTime now)
    {
        var random = new Random(7);
        var referralCount = Math.Min(100_000, customers.Count / 2);
        var referrers = Math.Max(1, referralCount / 5);
        var program = ReferralProgram.Start(new ReferralTerms("Load-test programme", new ReferralReward(RewardKind.Points, 100, null, null), RewardTrigger.Signup,
            null, null, now.AddYears(-3), null), now);
        var codes = Enumerable.Range(0, referrers).Select(_ => InviteCode.NewCode()).ToList();
        var counts = new int[referrers];
        // Invitees come after the referrers; a squared draw gives a long tail, as real referral programmes have.
        var referrals = Enumerable.Range(0, referralCount).Select(i =>
        {
            var referrer = (int)(referrers * Math.Pow(random.NextDouble(), 2));
            counts[referrer]++;
            return new { Id = Ids.New(), ProgramId = program.Id, Code = codes[referrer], ReferrerId = customers[referrer], InviteeId = customers[referrers + i], At = now };
        }).ToList();

        await UnitOfWorkScope.RunAsync(provider, "growth", async services =>
        {
            await services.GetRequiredService<IReferralRepository>().AddProgramAsync(program, CancellationToken.None);
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.ExecuteAsync(InsertCodeSql, codes.Select((code, i) => new { Code = code, ProgramId = program.Id, CustomerId = customers[i], Count = counts[i], CreatedAt = now })
                .ToList(), CancellationToken.None);
            await unitOfWork.ExecuteAsync(InsertReferralSql, referrals, CancellationToken.None);
            await unitOfWork.ExecuteAsync(CountsSql, new { Count = referralCount, ProgramId = program.Id }, CancellationToken.None);
        });
        return (program.Id, codes, referrers + referralCount);
    }
}
