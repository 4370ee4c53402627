using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Risk.Contracts.Views;

public enum HeatmapBasis
{
    /// <summary>Likelihood and impact before mitigation.</summary>
    Inherent,

    /// <summary>After mitigation; only risks that have a residual score count.</summary>
    Residual,
}

/// <summary>The 5 × 5 grid: all 25 cells, zeros included, likelihood and impact 1-5.</summary>
public sealed record RiskHeatmapDto(HeatmapBasis Basis, IReadOnlyList<HeatmapCellDto> Cells, int Total);

public sealed record HeatmapCellDto(int Likelihood, int Impact, int Score, RiskLevel Level, int Count);

/// <summary>Counts of the register by category, level and status (every value present, zeros included).</summary>
public sealed record RiskSummaryDto(
    IReadOnlyDictionary<RiskCategory, int> ByCategory,
    IReadOnlyDictionary<RiskLevel, int> ByLevel,
    IReadOnlyDictionary<RiskStatus, int> ByStatus,
    int Total,
    int OpenCritical);
