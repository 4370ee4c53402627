using OpsPlan.Modules.Partners.Contracts;

namespace OpsPlan.Modules.Partners.Domain.Agreements;

/// <summary>A metric's value for a month under an agreement, judged against the target in force when it arrived.</summary>
internal sealed record SlaMeasurement(Guid AgreementId, SlaMetric Metric, DateOnly Period, decimal Value, decimal Target, SlaComparison Comparison, bool Met)
{
    public static SlaMeasurement Judge(Guid agreementId, SlaTarget target, DateOnly period, decimal value) =>
        new(agreementId, target.Metric, period, value, target.Target, target.Comparison, target.IsMetBy(value));

    public bool SameAs(SlaMeasurement other) => (Value, Target, Comparison) == (other.Value, other.Target, other.Comparison);
}
