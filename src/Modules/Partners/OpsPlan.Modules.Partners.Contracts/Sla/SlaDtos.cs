namespace OpsPlan.Modules.Partners.Contracts.Sla;

public sealed record SlaMeasurementDto
{
    public required Guid AgreementId { get; init; }

    public required SlaMetric Metric { get; init; }

    public required string Period { get; init; }

    public required decimal Value { get; init; }

    /// <summary>The target it was judged against when it arrived.</summary>
    public required decimal Target { get; init; }

    public required SlaComparison Comparison { get; init; }

    public required bool Met { get; init; }

    public required DateTime UpdatedAt { get; init; }
}

/// <summary>Compliance = met measurements / measurements, in percent, per metric and per month.</summary>
public sealed record PartnerSlaDto
{
    public required Guid PartnerId { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required IReadOnlyList<SlaMetricComplianceDto> Metrics { get; init; }
}

public sealed record SlaMetricComplianceDto
{
    public required SlaMetric Metric { get; init; }

    public required int Measurements { get; init; }

    public required int Breaches { get; init; }

    /// <summary>Percent of measurements that met their target, two places; null without measurements.</summary>
    public decimal? CompliancePercent { get; init; }

    /// <summary>Month by month, oldest first (months with measurements only).</summary>
    public required IReadOnlyList<SlaPeriodComplianceDto> Periods { get; init; }
}

public sealed record SlaPeriodComplianceDto
{
    public required string Period { get; init; }

    public required int Measurements { get; init; }

    public required int Breaches { get; init; }

    public required decimal CompliancePercent { get; init; }
}
