using System.Text.Json;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Scorecards;
using OpsPlan.Modules.Partners.Domain.Scorecards;

namespace OpsPlan.Modules.Partners.Application.Scorecards;

/// <summary>A row of <c>partners.scorecards</c>; scores and weights are JSON objects of the six criteria.</summary>
internal sealed class ScorecardRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, partner_id AS PartnerId, period AS Period, scores AS Scores, weights AS Weights, comment AS Comment, recorded_by AS RecordedBy, created_at AS CreatedAt
        FROM partners.scorecards
        """;

    private static readonly JsonSerializerOptions CriteriaJson = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; }

    public Guid PartnerId { get; init; }

    public string Period { get; init; } = "";

    public string Scores { get; init; } = "{}";

    public string Weights { get; init; } = "{}";

    public string? Comment { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public Scorecard ToDomain() => new(Id, PartnerId, Period, JsonSerializer.Deserialize<Criteria>(Scores, CriteriaJson)!, JsonSerializer.Deserialize<Criteria>(Weights, CriteriaJson)!,
        Comment, RecordedBy, CreatedAt);

    public static ScorecardDto ToDto(Scorecard scorecard, decimal? previousOverall) => new()
    {
        Id = scorecard.Id,
        PartnerId = scorecard.PartnerId,
        Period = scorecard.Period,
        Scores = ScoresOf(scorecard.Scores),
        Weights = ScoresOf(scorecard.Weights),
        Overall = scorecard.Overall,
        RecommendedTier = scorecard.RecommendedTier,
        Change = previousOverall is { } previous ? scorecard.Overall - previous : null,
        Comment = scorecard.Comment,
        RecordedBy = scorecard.RecordedBy,
        CreatedAt = scorecard.CreatedAt,
    };

    public static object Parameters(Scorecard scorecard) => new
    {
        scorecard.Id,
        scorecard.PartnerId,
        scorecard.Period,
        Scores = JsonSerializer.Serialize(scorecard.Scores, CriteriaJson),
        Weights = JsonSerializer.Serialize(scorecard.Weights, CriteriaJson),
        scorecard.Overall,
        RecommendedTier = EnumText.ToText(scorecard.RecommendedTier),
        scorecard.Comment,
        scorecard.RecordedBy,
        scorecard.CreatedAt,
    };

    private static ScoresDto ScoresOf(Criteria criteria) => new()
    {
        Quality = criteria.Quality,
        Delivery = criteria.Delivery,
        Cost = criteria.Cost,
        Cooperation = criteria.Cooperation,
        Innovation = criteria.Innovation,
        Compliance = criteria.Compliance,
    };
}
