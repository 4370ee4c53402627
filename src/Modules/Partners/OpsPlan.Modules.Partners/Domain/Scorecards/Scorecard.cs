using OpsPlan.Modules.Partners.Contracts;

namespace OpsPlan.Modules.Partners.Domain.Scorecards;

/// <summary>
/// A supplier evaluation for a quarter: six criteria scored 1-5, weighted in percent (summing to 100). overall =
/// Σ scoreᵢ × weightᵢ / 100, to two places; the recommended tier follows from it.
/// </summary>
internal sealed record Scorecard(Guid Id, Guid PartnerId, string Period, Criteria Scores, Criteria Weights, string? Comment, string RecordedBy, DateTime CreatedAt)
{
    public decimal Overall => Math.Round(Scores.Weighted(Weights), 2, MidpointRounding.AwayFromZero);

    public PartnerTier RecommendedTier => Overall switch
    {
        >= 4.5m => PartnerTier.Strategic,
        >= 3.5m => PartnerTier.Preferred,
        >= 2.5m => PartnerTier.Approved,
        _ => PartnerTier.Probation,
    };
}

/// <summary>One value per criterion: a score or a weight.</summary>
internal sealed record Criteria(decimal Quality, decimal Delivery, decimal Cost, decimal Cooperation, decimal Innovation, decimal Compliance)
{
    public decimal Sum => Quality + Delivery + Cost + Cooperation + Innovation + Compliance;

    public decimal Weighted(Criteria weights) => ((Quality * weights.Quality) + (Delivery * weights.Delivery) + (Cost * weights.Cost)
        + (Cooperation * weights.Cooperation) + (Innovation * weights.Innovation) + (Compliance * weights.Compliance)) / 100;
}
