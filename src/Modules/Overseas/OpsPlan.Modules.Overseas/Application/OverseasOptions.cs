using OpsPlan.Modules.Overseas.Contracts;

namespace OpsPlan.Modules.Overseas.Application;

/// <summary>The <c>Overseas</c> configuration section: the launch gate's readiness threshold and the assessment's default weights.</summary>
internal sealed class OverseasOptions
{
    public const string Section = "Overseas";

    /// <summary>The readiness (percent of localization weight done) a market needs to enter launch.</summary>
    public decimal LaunchReadinessPercent { get; set; } = 80;

    /// <summary>Percent per factor, each at least 1, summing to 100: used when an assessment brings no weights of its own.</summary>
    public WeightsOptions AssessmentWeights { get; set; } = new();

    internal sealed class WeightsOptions
    {
        public decimal MarketSize { get; set; } = 20;

        public decimal Growth { get; set; } = 15;

        public decimal Competition { get; set; } = 10;

        public decimal RegulatoryComplexity { get; set; } = 15;

        public decimal CulturalDistance { get; set; } = 10;

        public decimal PaymentInfrastructure { get; set; } = 10;

        public decimal PartnerAvailability { get; set; } = 10;

        public decimal EntryCost { get; set; } = 10;

        public IReadOnlyDictionary<AssessmentFactor, decimal> ByFactor() => new Dictionary<AssessmentFactor, decimal>
        {
            [AssessmentFactor.MarketSize] = MarketSize,
            [AssessmentFactor.Growth] = Growth,
            [AssessmentFactor.Competition] = Competition,
            [AssessmentFactor.RegulatoryComplexity] = RegulatoryComplexity,
            [AssessmentFactor.CulturalDistance] = CulturalDistance,
            [AssessmentFactor.PaymentInfrastructure] = PaymentInfrastructure,
            [AssessmentFactor.PartnerAvailability] = PartnerAvailability,
            [AssessmentFactor.EntryCost] = EntryCost,
        };
    }
}
