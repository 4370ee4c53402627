using OpsPlan.Modules.Partners.Application.Agreements;
using OpsPlan.Modules.Partners.Application.Sla;
using OpsPlan.Modules.Partners.Domain.Agreements;

namespace OpsPlan.Modules.Partners.Infrastructure.Persistence;

/// <summary>Agreements and their SLA measurements, upserted by agreement, metric and month.</summary>
internal sealed class AgreementRepository(IUnitOfWork unitOfWork) : IAgreementRepository
{
    private const string ByIdsSqlite = AgreementRow.SelectFromSql + " WHERE id IN (SELECT value FROM json_each(@Ids))";
    private const string ByIdsSqlServer = AgreementRow.SelectFromSql + " WHERE id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids))";
    private const string DueSql = AgreementRow.SelectFromSql
        + " WHERE expiring_announced_at IS NULL AND expiring_from <= @Today AND end_date >= @Today ORDER BY expiring_from, id";
    private const string MeasurementsSqlite = SlaMeasurementRow.SelectFromSql + " WHERE agreement_id IN (SELECT value FROM json_each(@Ids))";
    private const string MeasurementsSqlServer = SlaMeasurementRow.SelectFromSql + " WHERE agreement_id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids))";

    private const string InsertSql = """
        INSERT INTO partners.agreements (id, partner_id, title, type, start_date, end_date, value_minor, value_currency, auto_renew, notice_days, expiring_from,
                                         sla_targets, expiring_announced_at, created_at, updated_at, version)
        VALUES (@Id, @PartnerId, @Title, @Type, @StartDate, @EndDate, @ValueMinor, @ValueCurrency, @AutoRenew, @NoticeDays, @ExpiringFrom,
                @SlaTargets, @ExpiringAnnouncedAt, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE partners.agreements
        SET title = @Title, type = @Type, start_date = @StartDate, end_date = @EndDate, value_minor = @ValueMinor, value_currency = @ValueCurrency,
            auto_renew = @AutoRenew, notice_days = @NoticeDays, expiring_from = @ExpiringFrom, sla_targets = @SlaTargets,
            expiring_announced_at = @ExpiringAnnouncedAt, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string UpsertMeasurementSqlite = """
        INSERT INTO partners.sla_measurements (agreement_id, metric, period, partner_id, value_units, target_units, comparison, met, created_at, updated_at)
        VALUES (@AgreementId, @Metric, @Period, @PartnerId, @ValueUnits, @TargetUnits, @Comparison, @Met, @Now, @Now)
        ON CONFLICT (agreement_id, metric, period) DO UPDATE SET value_units = excluded.value_units, target_units = excluded.target_units,
            comparison = excluded.comparison, met = excluded.met, updated_at = excluded.updated_at
        """;

    // HOLDLOCK: the match and the insert are one step under concurrent writers.
    private const string UpsertMeasurementSqlServer = """
        MERGE partners.sla_measurements WITH (HOLDLOCK) AS target
        USING (SELECT @AgreementId AS agreement_id, @Metric AS metric, @Period AS period) AS source
           ON target.agreement_id = source.agreement_id AND target.metric = source.metric AND target.period = source.period
        WHEN MATCHED THEN UPDATE SET value_units = @ValueUnits, target_units = @TargetUnits, comparison = @Comparison, met = @Met, updated_at = @Now
        WHEN NOT MATCHED THEN INSERT (agreement_id, metric, period, partner_id, value_units, target_units, comparison, met, created_at, updated_at)
            VALUES (@AgreementId, @Metric, @Period, @PartnerId, @ValueUnits, @TargetUnits, @Comparison, @Met, @Now, @Now);
        """;

    public async Task<Agreement> GetAsync(Guid partnerId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<AgreementRow>(AgreementRules.OneSql, new { Id = id, PartnerId = partnerId }, "Agreement", id, expectedVersion, cancellationToken))
        .ToDomain();

    public async Task<IReadOnlyDictionary<Guid, Agreement>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, Agreement>()
            : (await unitOfWork.QueryAsync<AgreementRow>(unitOfWork.Dialect.Pick(ByIdsSqlite, ByIdsSqlServer), new { Ids = JsonRows.Ids(ids) }, cancellationToken))
                .ToDictionary(row => row.Id, row => row.ToDomain());

    public async Task<IReadOnlyList<Agreement>> DueForExpiryNoticeAsync(DateOnly today, CancellationToken cancellationToken) =>
        (await unitOfWork.QueryAsync<AgreementRow>(DueSql, new { Today = today }, cancellationToken)).Select(row => row.ToDomain()).ToList();

    public Task AddAsync(Agreement agreement, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, AgreementRow.Parameters(agreement), cancellationToken);

    public Task UpdateAsync(Agreement agreement, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, AgreementRow.Parameters(agreement), cancellationToken);

    public async Task<IReadOnlyList<SlaMeasurement>> MeasurementsAsync(IReadOnlyCollection<Guid> agreementIds, CancellationToken cancellationToken) =>
        agreementIds.Count == 0
            ? []
            : (await unitOfWork.QueryAsync<SlaMeasurementRow>(unitOfWork.Dialect.Pick(MeasurementsSqlite, MeasurementsSqlServer), new { Ids = JsonRows.Ids(agreementIds) },
                cancellationToken)).Select(row => row.ToDomain()).ToList();

    public async Task UpsertMeasurementsAsync(IReadOnlyCollection<SlaMeasurement> measurements, DateTime now, CancellationToken cancellationToken)
    {
        if (measurements.Count == 0)
        {
            return;
        }

        var partners = await FindAsync(measurements.Select(measurement => measurement.AgreementId).Distinct().ToList(), cancellationToken);
        await unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(UpsertMeasurementSqlite, UpsertMeasurementSqlServer), measurements.Select(measurement => new
        {
            measurement.AgreementId,
            Metric = EnumText.ToText(measurement.Metric),
            measurement.Period,
            partners[measurement.AgreementId].PartnerId,
            ValueUnits = (long)(measurement.Value * SlaMeasurementRow.UnitsPerWhole),
            TargetUnits = (long)(measurement.Target * SlaMeasurementRow.UnitsPerWhole),
            Comparison = EnumText.ToText(measurement.Comparison),
            measurement.Met,
            Now = now,
        }).ToList(), cancellationToken);
    }
}
