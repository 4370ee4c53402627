using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.GetPartnersSummary;

/// <summary>Four counts grouped in SQL, each from its own index; every type, tier and status is listed, zero or not.</summary>
internal sealed class GetPartnersSummaryQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetPartnersSummaryQuery, PartnersSummaryDto>
{
    public const string NoTier = "none";

    private const string ByTypeSql = "SELECT type AS Bucket, COUNT(*) AS Partners FROM partners.partners GROUP BY type";
    private const string ByTierSql = "SELECT COALESCE(tier, 'none') AS Bucket, COUNT(*) AS Partners FROM partners.partners GROUP BY tier";
    private const string ByStatusSql = "SELECT status AS Bucket, COUNT(*) AS Partners FROM partners.partners GROUP BY status";
    private const string ByCountrySql = "SELECT country AS Bucket, COUNT(*) AS Partners FROM partners.partners GROUP BY country";

    public async Task<PartnersSummaryDto> Handle(GetPartnersSummaryQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        async Task<Dictionary<string, int>> CountAsync(string sql) =>
            (await connection.QueryAsync<CountRow>(new CommandDefinition(sql, cancellationToken: cancellationToken))).ToDictionary(row => row.Bucket, row => (int)row.Partners);

        var types = await CountAsync(ByTypeSql);
        var tiers = await CountAsync(ByTierSql);
        var statuses = await CountAsync(ByStatusSql);
        var countries = await CountAsync(ByCountrySql);
        return new PartnersSummaryDto
        {
            Total = types.Values.Sum(),
            ByType = Every<PartnerType>(types),
            ByTier = [.. Every<PartnerTier>(tiers), Count(NoTier, tiers)],
            ByStatus = Every<PartnerStatus>(statuses),
            ByCountry = countries.OrderByDescending(country => country.Value).ThenBy(country => country.Key, StringComparer.Ordinal)
                .Select(country => Count(country.Key, countries)).ToList(),
        };
    }

    private static List<CountDto> Every<TEnum>(Dictionary<string, int> counts)
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(value => Count(EnumText.ToText(value), counts)).ToList();

    private static CountDto Count(string key, Dictionary<string, int> counts) => new() { Key = key, Count = counts.GetValueOrDefault(key) };

    private sealed class CountRow
    {
        public string Bucket { get; init; } = "";

        public long Partners { get; init; }
    }
}
