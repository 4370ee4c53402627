using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Views;

namespace OpsPlan.Modules.Risk.Application.Views.GetRiskSummary;

/// <summary>One grouped read (at most 8 × 4 × 6 rows), folded into the three breakdowns in memory.</summary>
internal sealed class GetRiskSummaryQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetRiskSummaryQuery, RiskSummaryDto>
{
    // Fragments, not statements: the filter goes between the select and the grouping.
    private const string Select = "SELECT category AS Category, level AS Level, status AS Status, COUNT(*) AS Count FROM risk.risks WHERE ";
    private const string Grouping = " GROUP BY category, level, status";

    public async Task<RiskSummaryDto> Handle(GetRiskSummaryQuery request, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "1 = 1" };
        var parameters = new DynamicParameters();
        if (request.Category is { } category)
        {
            conditions.Add("category = @Category");
            parameters.Add("Category", EnumText.ToText(category));
        }

        if (request.Owner is not null)
        {
            conditions.Add("owner = @Owner");
            parameters.Add("Owner", request.Owner);
        }

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var groups = (await connection.QueryAsync<Group>(new CommandDefinition(Select + string.Join(" AND ", conditions) + Grouping, parameters, cancellationToken: cancellationToken)))
            .Select(group => (Category: EnumText.Parse<RiskCategory>(group.Category), Level: EnumText.Parse<RiskLevel>(group.Level), Status: EnumText.Parse<RiskStatus>(group.Status), Count: (int)group.Count))
            .ToList();

        return new RiskSummaryDto(
            Enum.GetValues<RiskCategory>().ToDictionary(value => value, value => groups.Where(group => group.Category == value).Sum(group => group.Count)),
            Enum.GetValues<RiskLevel>().ToDictionary(value => value, value => groups.Where(group => group.Level == value).Sum(group => group.Count)),
            Enum.GetValues<RiskStatus>().ToDictionary(value => value, value => groups.Where(group => group.Status == value).Sum(group => group.Count)),
            groups.Sum(group => group.Count),
            groups.Where(group => group.Level == RiskLevel.Critical && group.Status != RiskStatus.Closed).Sum(group => group.Count));
    }

    private sealed class Group
    {
        public string Category { get; init; } = "";

        public string Level { get; init; } = "";

        public string Status { get; init; } = "";

        public long Count { get; init; }
    }
}
