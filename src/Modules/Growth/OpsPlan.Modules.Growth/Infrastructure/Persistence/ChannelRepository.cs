using OpsPlan.Modules.Growth.Application.Channels;
using OpsPlan.Modules.Growth.Domain.Channels;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

internal sealed class ChannelRepository(IUnitOfWork unitOfWork) : IChannelRepository
{
    // SQL Server takes at most 2,100 parameters a statement: lookups go in chunks well below it.
    private const int LookupChunk = 1_000;

    private const string SelectSql = ChannelRow.SelectFromSql + " WHERE id = @Id";
    private const string NameTakenSql = "SELECT COUNT(*) FROM growth.channels WHERE name = @Name AND (@Except IS NULL OR id <> @Except)";
    private const string ExistingSql = "SELECT id FROM growth.channels WHERE id IN @Ids";
    private const string InsertSql = """
        INSERT INTO growth.channels (id, name, kind, status, created_at, updated_at, version)
        VALUES (@Id, @Name, @Kind, @Status, @CreatedAt, @UpdatedAt, @Version)
        """;
    private const string UpdateSql = """
        UPDATE growth.channels SET name = @Name, kind = @Kind, status = @Status, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;
    private const string DaysSql = ChannelDayRow.SelectFromSql + " WHERE channel_id = @ChannelId AND day >= @From AND day <= @To";
    private const string InsertDaySql = """
        INSERT INTO growth.channel_metrics (channel_id, day, id, spend_minor, spend_currency, impressions, clicks, signups, activations,
                                            revenue_minor, revenue_currency, updated_at)
        VALUES (@ChannelId, @Day, @Id, @SpendMinor, @SpendCurrency, @Impressions, @Clicks, @Signups, @Activations, @RevenueMinor, @RevenueCurrency, @UpdatedAt)
        """;
    private const string UpdateDaySql = """
        UPDATE growth.channel_metrics
        SET spend_minor = @SpendMinor, spend_currency = @SpendCurrency, impressions = @Impressions, clicks = @Clicks, signups = @Signups,
            activations = @Activations, revenue_minor = @RevenueMinor, revenue_currency = @RevenueCurrency, updated_at = @UpdatedAt
        WHERE channel_id = @ChannelId AND day = @Day
        """;

    public async Task<Channel> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<ChannelRow>(SelectSql, new { Id = id }, "Channel", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(NameTakenSql, new { Name = name, Except = except }, cancellationToken) > 0;

    public async Task<IReadOnlySet<Guid>> ExistingAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(LookupChunk))
        {
            found.UnionWith(await unitOfWork.QueryAsync<Guid>(ExistingSql, new { Ids = unitOfWork.Dialect.IdList(chunk) }, cancellationToken));
        }

        return found;
    }

    public Task AddAsync(Channel channel, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, ChannelRow.Parameters(channel), cancellationToken);

    public Task UpdateAsync(Channel channel, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, ChannelRow.Parameters(channel), cancellationToken);

    public async Task<IReadOnlyDictionary<(Guid ChannelId, DateOnly Day), ChannelDay>> FindDaysAsync(IReadOnlyCollection<(Guid ChannelId, DateOnly Day)> keys,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<(Guid, DateOnly), ChannelDay>();
        // Per channel, one range read covers its days; a batch holds few channels and many days.
        foreach (var channel in keys.GroupBy(key => key.ChannelId))
        {
            var days = channel.Select(key => key.Day).ToHashSet();
            var rows = await unitOfWork.QueryAsync<ChannelDayRow>(DaysSql,
                new { ChannelId = channel.Key, From = days.Min(), To = days.Max() }, cancellationToken);
            foreach (var row in rows.Where(row => days.Contains(row.Day)))
            {
                found[(row.ChannelId, row.Day)] = row.ToDomain();
            }
        }

        return found;
    }

    public Task AddDaysAsync(IReadOnlyCollection<ChannelDay> days, DateTime now, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertDaySql, days.Select(day => ChannelDayRow.Parameters(day, now)).ToList(), cancellationToken);

    public Task UpdateDaysAsync(IReadOnlyCollection<ChannelDay> days, DateTime now, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(UpdateDaySql, days.Select(day => ChannelDayRow.Parameters(day, now)).ToList(), cancellationToken);
}
