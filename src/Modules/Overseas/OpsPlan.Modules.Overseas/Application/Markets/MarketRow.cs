using System.Text.Json;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Markets;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets;

/// <summary>A row of <c>overseas.markets</c>; languages are a JSON array, scores are hundredths.</summary>
internal sealed class MarketRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, country AS Country, name AS Name, languages AS Languages, currency AS Currency, owner AS Owner, target_launch_date AS TargetLaunchDate,
               stage AS Stage, stage_changed_at AS StageChangedAt, paused_from AS PausedFrom, assessment_version AS AssessmentVersion,
               attractiveness AS Attractiveness, risk AS Risk, combined AS Combined, assessed_at AS AssessedAt, created_at AS CreatedAt, updated_at AS UpdatedAt,
               version AS Version
        FROM overseas.markets
        """;

    public string Country { get; init; } = "";

    public string Name { get; init; } = "";

    public string Languages { get; init; } = "[]";

    public string Currency { get; init; } = "";

    public string Owner { get; init; } = "";

    public DateOnly? TargetLaunchDate { get; init; }

    public string Stage { get; init; } = "";

    public DateTime StageChangedAt { get; init; }

    public string? PausedFrom { get; init; }

    public int? AssessmentVersion { get; init; }

    public long? Attractiveness { get; init; }

    public long? Risk { get; init; }

    public long? Combined { get; init; }

    public DateTime? AssessedAt { get; init; }

    public Market ToDomain() => Market.Restore(State,
        new MarketProfile(Country, Name, JsonSerializer.Deserialize<string[]>(Languages)!, Currency, Owner, TargetLaunchDate),
        EnumText.Parse<MarketStage>(Stage), StageChangedAt, PausedFrom is null ? null : EnumText.Parse<MarketStage>(PausedFrom),
        AssessmentVersion is { } assessed
            ? new MarketScores(assessed, Hundredths.ToScore(Attractiveness!.Value), Hundredths.ToScore(Risk!.Value), Hundredths.ToScore(Combined!.Value), AssessedAt!.Value)
            : null);

    public MarketDto ToDto() => ToDto(ToDomain());

    public static MarketDto ToDto(Market market) => new()
    {
        Id = market.Id,
        Country = market.Profile.Country,
        Name = market.Profile.Name,
        Languages = market.Profile.Languages,
        Currency = market.Profile.Currency,
        Owner = market.Profile.Owner,
        TargetLaunchDate = market.Profile.TargetLaunchDate,
        Stage = market.Stage,
        StageChangedAt = market.StageChangedAt,
        PausedFrom = market.PausedFrom,
        Scores = ScoresOf(market.Scores),
        CreatedAt = market.CreatedAt,
        UpdatedAt = market.UpdatedAt,
        Version = market.Version,
    };

    public static MarketScoresDto? ScoresOf(MarketScores? scores) => scores is null
        ? null
        : new MarketScoresDto
        {
            AssessmentVersion = scores.AssessmentVersion,
            Attractiveness = scores.Attractiveness,
            Risk = scores.Risk,
            Combined = scores.Combined,
            AssessedAt = scores.AssessedAt,
        };

    public static object Parameters(Market market) => new
    {
        market.Id,
        market.Profile.Country,
        market.Profile.Name,
        Languages = JsonSerializer.Serialize(market.Profile.Languages),
        market.Profile.Currency,
        market.Profile.Owner,
        market.Profile.TargetLaunchDate,
        Stage = EnumText.ToText(market.Stage),
        market.StageChangedAt,
        PausedFrom = EnumText.ToText(market.PausedFrom),
        AssessmentVersion = market.Scores?.AssessmentVersion,
        Attractiveness = Hundredths.Of(market.Scores?.Attractiveness),
        Risk = Hundredths.Of(market.Scores?.Risk),
        Combined = Hundredths.Of(market.Scores?.Combined),
        AssessedAt = market.Scores?.AssessedAt,
        market.CreatedAt,
        market.UpdatedAt,
        market.Version,
        market.LoadedVersion,
    };
}
