using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Domain.Risks;

/// <summary>Likelihood and impact, each 1-5; their product is the score, which sets the level.</summary>
internal sealed record RiskScore
{
    public const int Min = 1;
    public const int Max = 5;

    public RiskScore(int likelihood, int impact)
    {
        if (likelihood is < Min or > Max || impact is < Min or > Max)
        {
            throw new BusinessRuleException("risk.score-out-of-range", $"Likelihood and impact are each between {Min} and {Max}.");
        }

        Likelihood = likelihood;
        Impact = impact;
    }

    public int Likelihood { get; }

    public int Impact { get; }

    public int Score => Likelihood * Impact;

    public RiskLevel Level => LevelOf(Score);

    public static RiskLevel LevelOf(int score) => score switch
    {
        <= 4 => RiskLevel.Low,
        <= 9 => RiskLevel.Medium,
        <= 15 => RiskLevel.High,
        _ => RiskLevel.Critical,
    };

    public static RiskScore? Optional(int? likelihood, int? impact) =>
        likelihood is { } l && impact is { } i ? new RiskScore(l, i) : null;
}
