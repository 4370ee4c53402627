using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Risk.Contracts.Views;

/// <summary>Closed risks are left out unless <c>status=closed</c> is asked for.</summary>
public sealed record GetRiskHeatmapQuery(HeatmapBasis Basis = HeatmapBasis.Inherent, RiskCategory? Category = null, RiskStatus? Status = null, string? Owner = null)
    : IQuery<RiskHeatmapDto>, ICachedQuery;

public sealed record GetRiskSummaryQuery(RiskCategory? Category = null, string? Owner = null) : IQuery<RiskSummaryDto>, ICachedQuery;
