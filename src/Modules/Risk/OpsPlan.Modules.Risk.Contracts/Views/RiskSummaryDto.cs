using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Risk.Contracts.Views;

/// <summary>Counts of the register by category, level and status (every value present, zeros included).</summary>
public sealed record RiskSummaryDto(
    IReadOnlyDictionary<RiskCategory, int> ByCategory,
    IReadOnlyDictionary<RiskLevel, int> ByLevel,
    IReadOnlyDictionary<RiskStatus, int> ByStatus,
    int Total,
    int OpenCritical);

public sealed record GetRiskSummaryQuery(RiskCategory? Category = null, string? Owner = null) : IQuery<RiskSummaryDto>, ICachedQuery;
