using OpsPlan.Modules.Overseas.Contracts;

namespace OpsPlan.Modules.Overseas.Domain.Assessments;

/// <summary>
/// One version of a market's assessment: the eight factors scored 1-5 and weighted in percent (summing to 100).
/// attractiveness = Σ wᵢsᵢ / Σ wᵢ over the factors in the market's favour; risk = the same over the factors against it;
/// combined = Σ wᵢ × (sᵢ in favour, 6 − sᵢ against) / 100. All three lie in 1-5, to two places, half away from zero.
/// </summary>
internal sealed record Assessment(Guid Id, Guid MarketId, int Version, IReadOnlyList<Factor> Factors, string AssessedBy, DateTime CreatedAt)
{
    /// <summary>The factors that make a market less attractive the higher they score.</summary>
    public static readonly IReadOnlySet<AssessmentFactor> Against = new HashSet<AssessmentFactor>
    {
        AssessmentFactor.Competition, AssessmentFactor.RegulatoryComplexity, AssessmentFactor.CulturalDistance, AssessmentFactor.EntryCost,
    };

    public decimal Attractiveness => WeightedMean(Factors.Where(factor => !Against.Contains(factor.Name)));

    public decimal Risk => WeightedMean(Factors.Where(factor => Against.Contains(factor.Name)));

    public decimal Combined => Round(Factors.Sum(factor => factor.Weight * (Against.Contains(factor.Name) ? 6 - factor.Score : factor.Score)) / 100);

    private static decimal WeightedMean(IEnumerable<Factor> factors)
    {
        var weighed = factors.ToList();
        return Round(weighed.Sum(factor => factor.Weight * factor.Score) / weighed.Sum(factor => factor.Weight));
    }

    private static decimal Round(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A factor's score (1-5), its weight in percent and the evidence behind the score.</summary>
internal sealed record Factor(AssessmentFactor Name, int Score, decimal Weight, string? Evidence);
