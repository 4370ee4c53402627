using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.Modules.Overseas.Contracts.Assessments;
using OpsPlan.Modules.Overseas.Domain.Assessments;

namespace OpsPlan.Modules.Overseas.Application.Assessments;

/// <summary>A row of <c>overseas.assessments</c>: factors as JSON, and the scores as computed when recorded (hundredths).</summary>
internal sealed class AssessmentRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, market_id AS MarketId, version AS Version, factors AS Factors, attractiveness AS Attractiveness, risk AS Risk, combined AS Combined,
               assessed_by AS AssessedBy, created_at AS CreatedAt
        FROM overseas.assessments
        """;

    // Factor names stored as the API writes them (market-size), so the column reads well in SQL too.
    private static readonly JsonSerializerOptions FactorJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public Guid Id { get; init; }

    public Guid MarketId { get; init; }

    public int Version { get; init; }

    public string Factors { get; init; } = "[]";

    public long Attractiveness { get; init; }

    public long Risk { get; init; }

    public long Combined { get; init; }

    public string AssessedBy { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public MarketAssessmentDto ToDto() => new()
    {
        Id = Id,
        MarketId = MarketId,
        Version = Version,
        Factors = FactorsOf(JsonSerializer.Deserialize<Factor[]>(Factors, FactorJson)!),
        Attractiveness = Hundredths.ToScore(Attractiveness),
        Risk = Hundredths.ToScore(Risk),
        Combined = Hundredths.ToScore(Combined),
        AssessedBy = AssessedBy,
        CreatedAt = CreatedAt,
    };

    public static MarketAssessmentDto ToDto(Assessment assessment) => new()
    {
        Id = assessment.Id,
        MarketId = assessment.MarketId,
        Version = assessment.Version,
        Factors = FactorsOf(assessment.Factors),
        Attractiveness = assessment.Attractiveness,
        Risk = assessment.Risk,
        Combined = assessment.Combined,
        AssessedBy = assessment.AssessedBy,
        CreatedAt = assessment.CreatedAt,
    };

    public static object Parameters(Assessment assessment) => new
    {
        assessment.Id,
        assessment.MarketId,
        assessment.Version,
        Factors = JsonSerializer.Serialize(assessment.Factors, FactorJson),
        Attractiveness = Hundredths.Of(assessment.Attractiveness),
        Risk = Hundredths.Of(assessment.Risk),
        Combined = Hundredths.Of(assessment.Combined),
        assessment.AssessedBy,
        assessment.CreatedAt,
    };

    private static List<AssessmentFactorDto> FactorsOf(IEnumerable<Factor> factors) => factors.Select(factor => new AssessmentFactorDto
    {
        Factor = factor.Name,
        Score = factor.Score,
        Weight = factor.Weight,
        Evidence = factor.Evidence,
        CountsAgainst = Assessment.Against.Contains(factor.Name),
    }).ToList();
}
