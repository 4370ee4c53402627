using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Sla;
using OpsPlan.Modules.Partners.Domain.Agreements;

namespace OpsPlan.Modules.Partners.Application.Sla;

/// <summary>A row of <c>partners.sla_measurements</c>: values and targets in units of 1/10,000.</summary>
internal sealed class SlaMeasurementRow
{
    public const decimal UnitsPerWhole = 10_000m;

    public const string SelectFromSql = """
        SELECT agreement_id AS AgreementId, metric AS Metric, period AS Period, value_units AS ValueUnits, target_units AS TargetUnits, comparison AS Comparison,
               met AS Met, updated_at AS UpdatedAt
        FROM partners.sla_measurements
        """;

    public Guid AgreementId { get; init; }

    public string Metric { get; init; } = "";

    public DateOnly Period { get; init; }

    public long ValueUnits { get; init; }

    public long TargetUnits { get; init; }

    public string Comparison { get; init; } = "";

    public bool Met { get; init; }

    public DateTime UpdatedAt { get; init; }

    public SlaMeasurement ToDomain() => new(AgreementId, EnumText.Parse<SlaMetric>(Metric), Period, ValueUnits / UnitsPerWhole, TargetUnits / UnitsPerWhole,
        EnumText.Parse<SlaComparison>(Comparison), Met);

    public SlaMeasurementDto ToDto() => new()
    {
        AgreementId = AgreementId,
        Metric = EnumText.Parse<SlaMetric>(Metric),
        Period = MonthText.Format(Period),
        Value = ValueUnits / UnitsPerWhole,
        Target = TargetUnits / UnitsPerWhole,
        Comparison = EnumText.Parse<SlaComparison>(Comparison),
        Met = Met,
        UpdatedAt = UpdatedAt,
    };
}
