using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Events;
using OpsPlan.Modules.Partners.Contracts.Sla;
using OpsPlan.Modules.Partners.Domain.Agreements;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Sla.SyncSlaMeasurements;

/// <summary>
/// The shared batch loop for SLA measurements: each is judged against its agreement's target as it arrives and stored
/// with that target. A measurement that becomes a breach (new, or met before) publishes <see cref="SlaBreached"/> with
/// its run of breached months. A partner's own key reaches only its own agreements: any other is "unknown".
/// </summary>
internal sealed class SyncSlaMeasurementsCommandHandler(IAgreementRepository agreements, IPartnerRepository partners, IOutbox outbox,
    IValidator<SlaMeasurementItem> validator, ICurrentUser user, IClock clock) : ICommandHandler<SyncSlaMeasurementsCommand, BatchResultDto>
{
    private static readonly Dictionary<string, string[]> UnknownAgreement = new() { ["agreementId"] = ["No agreement has this id."] };

    public async Task<BatchResultDto> Handle(SyncSlaMeasurementsCommand request, CancellationToken cancellationToken)
    {
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => (item.AgreementId, item.Metric, item.Period), "period",
            "This agreement's metric and month appear earlier in the batch.", cancellationToken);
        var found = await agreements.FindAsync(batch.Candidates.Select(candidate => candidate.Item.AgreementId).Distinct().ToList(), cancellationToken);
        var visible = found.Values.Where(agreement => user.PartnerId is not { } scope || agreement.PartnerId == scope).ToDictionary(agreement => agreement.Id);
        var stored = (await agreements.MeasurementsAsync(visible.Keys.ToList(), cancellationToken)).ToDictionary(Key);
        var upserts = new List<SlaMeasurement>();
        var breaches = new List<(Agreement Agreement, SlaMeasurement Measurement)>();
        foreach (var candidate in batch.Candidates)
        {
            var item = candidate.Item;
            if (!visible.TryGetValue(item.AgreementId, out var agreement))
            {
                batch.Fail(candidate, UnknownAgreement);
                continue;
            }

            if (agreement.TargetFor(item.Metric!.Value) is not { } target)
            {
                batch.Fail(candidate, new Dictionary<string, string[]>
                {
                    ["metric"] = ["The agreement has no target for this metric; it has: " + string.Join(", ", agreement.Terms.SlaTargets.Select(known => EnumText.ToText(known.Metric)))
                        + "."],
                });
                continue;
            }

            var measurement = SlaMeasurement.Judge(agreement.Id, target, MonthText.Parse(item.Period), item.Value!.Value);
            var before = stored.GetValueOrDefault(Key(measurement));
            if (before is not null && before.SameAs(measurement))
            {
                batch.Succeed(candidate, BatchItemStatus.Unchanged, agreement.Id);
                continue;
            }

            upserts.Add(measurement);
            stored[Key(measurement)] = measurement;
            if (!measurement.Met && (before is null || before.Met))
            {
                breaches.Add((agreement, measurement));
            }

            batch.Succeed(candidate, before is null ? BatchItemStatus.Created : BatchItemStatus.Updated, agreement.Id);
        }

        await agreements.UpsertMeasurementsAsync(upserts, clock.UtcNow, cancellationToken);
        foreach (var (agreement, measurement) in breaches)
        {
            var partner = await partners.GetAsync(agreement.PartnerId, null, cancellationToken);
            await outbox.EnqueueAsync(new SlaBreached(partner.Id, partner.Profile.Name, agreement.Id, agreement.Terms.Title, measurement.Metric,
                MonthText.Format(measurement.Period), measurement.Value, measurement.Target, measurement.Comparison,
                BreachRun(stored, measurement)), cancellationToken);
        }

        return batch.Result();
    }

    private static (Guid, Contracts.SlaMetric, DateOnly) Key(SlaMeasurement measurement) => (measurement.AgreementId, measurement.Metric, measurement.Period);

    /// <summary>How many months in a row, up to this one, the metric was breached.</summary>
    private static int BreachRun(Dictionary<(Guid, Contracts.SlaMetric, DateOnly), SlaMeasurement> measurements, SlaMeasurement latest)
    {
        var run = 0;
        for (var month = latest.Period; measurements.GetValueOrDefault((latest.AgreementId, latest.Metric, month)) is { Met: false }; month = month.AddMonths(-1))
        {
            run++;
        }

        return run;
    }
}
