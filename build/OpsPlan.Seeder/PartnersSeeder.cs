using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Domain.Agreements;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Seeder;

/// <summary>
/// Partners at load-test size: partners of every type, status, tier and country for the summary, and one partner with
/// five agreements of four SLA targets each, measured monthly for three years (twenty series) for the compliance view.
/// </summary>
internal sealed class PartnersSeeder(IServiceProvider provider)
{
    private const int PartnersPerBatch = 1_000;
    private const int Agreements = 5;
    private const int Months = 36;
    private static readonly string[] Countries = ["DE", "SG", "US", "GB", "FR", "JP", "BR", "IN", "NL", "PL", "SE", "MX"];
    private static readonly PartnerStatus[][] Paths =
    [
        [], [PartnerStatus.Onboarding], [PartnerStatus.Onboarding, PartnerStatus.Active], [PartnerStatus.Onboarding, PartnerStatus.Active, PartnerStatus.Suspended],
        [PartnerStatus.Terminated], [PartnerStatus.Onboarding, PartnerStatus.Active],
    ];

    /// <summary>Seeds the partners; returns the one with measured SLAs.</summary>
    public async Task<Guid> SeedAsync(int partnerCount)
    {
        var random = new Random(17);
        var now = SystemClock.TruncateToMicroseconds(DateTime.UtcNow);
        var types = Enum.GetValues<PartnerType>();
        var tiers = Enum.GetValues<PartnerTier>();
        Guid measured = default;
        for (var offset = 0; offset < partnerCount; offset += PartnersPerBatch)
        {
            var partners = new List<(Partner Partner, List<PartnerStatusChange> Moves)>();
            for (var i = offset; i < Math.Min(partnerCount, offset + PartnersPerBatch); i++)
            {
                var (partner, first) = Partner.Register(new PartnerProfile($"Load partner {i}", types[random.Next(types.Length)], Countries[random.Next(Countries.Length)],
                    [new Contact("Account manager", null, $"partner{i}@example.com")], null), "seeder", now.AddDays(-random.Next(30, 1_000)));
                var moves = new List<PartnerStatusChange> { first };
                moves.AddRange(Paths[random.Next(Paths.Length)].Select(status => partner.MoveTo(status, [], "Seeded.", "seeder", now)));
                if (random.Next(3) > 0)
                {
                    partner.Rate(tiers[random.Next(tiers.Length)], now);
                }

                partners.Add((partner, moves));
            }

            await UnitOfWorkScope.RunAsync(provider, "partners", async services =>
            {
                var repository = services.GetRequiredService<IPartnerRepository>();
                foreach (var (partner, moves) in partners)
                {
                    await repository.AddAsync(partner, moves[0], CancellationToken.None);
                    foreach (var move in moves.Skip(1))
                    {
                        await repository.AddStatusChangeAsync(move, CancellationToken.None);
                    }
                }
            });
            measured = measured == default ? partners[0].Partner.Id : measured;
        }

        await SeedMeasurementsAsync(measured, now, random);
        return measured;
    }

    private async Task SeedMeasurementsAsync(Guid partnerId, DateTime now, Random random)
    {
        var thisMonth = new DateOnly(now.Year, now.Month, 1);
        SlaTarget[] targets =
        [
            new(SlaMetric.UptimePercent, 99.9m, SlaComparison.AtLeast), new(SlaMetric.ResponseHours, 4m, SlaComparison.AtMost),
            new(SlaMetric.DefectRate, 0.02m, SlaComparison.AtMost), new(SlaMetric.OnTimeDeliveryPercent, 95m, SlaComparison.AtLeast),
        ];
        var agreements = Enumerable.Range(0, Agreements).Select(i => Agreement.Sign(partnerId, new AgreementTerms($"Load agreement {i}", AgreementType.Outsourcing,
            thisMonth.AddMonths(-Months), thisMonth.AddYears(2), Money.Of(100_000m, "EUR"), true, 90, targets), now)).ToList();
        var measurements = agreements.SelectMany(agreement => targets.SelectMany(target => Enumerable.Range(1, Months).Select(back =>
        {
            var close = target.Comparison == SlaComparison.AtLeast ? target.Target * 1.001m : target.Target * 0.9m;
            var value = random.Next(10) == 0 ? (target.Comparison == SlaComparison.AtLeast ? target.Target * 0.98m : target.Target * 1.5m) : close;
            return SlaMeasurement.Judge(agreement.Id, target, thisMonth.AddMonths(-back), Math.Round(value, 4));
        }))).ToList();
        await UnitOfWorkScope.RunAsync(provider, "partners", async services =>
        {
            var repository = services.GetRequiredService<IAgreementRepository>();
            foreach (var agreement in agreements)
            {
                await repository.AddAsync(agreement, CancellationToken.None);
            }

            await repository.UpsertMeasurementsAsync(measurements, now, CancellationToken.None);
        });
    }
}
