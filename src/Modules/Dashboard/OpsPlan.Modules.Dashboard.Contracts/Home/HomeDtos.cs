using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Dashboard.Contracts.Home;

/// <summary>The console's home: the period asked for and one section per module; a module that fails spoils only its own section.</summary>
public sealed record DashboardDto
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required DashboardSection<GrowthSectionDto> Growth { get; init; }

    public required DashboardSection<BudgetsSectionDto> Budgets { get; init; }

    /// <summary>Finance's runway now (the period does not apply).</summary>
    public required DashboardSection<RunwayDto> Runway { get; init; }

    public required DashboardSection<RisksSectionDto> Risks { get; init; }

    /// <summary>SLA breaches in the months the period touches, and the partners on probation now.</summary>
    public required DashboardSection<PartnerHealthDto> Partners { get; init; }

    /// <summary>The overseas pipeline now (the period does not apply).</summary>
    public required DashboardSection<MarketsSectionDto> Markets { get; init; }

    /// <summary>Products in the decline stage now (the period does not apply).</summary>
    public required DashboardSection<ProductsSectionDto> Products { get; init; }
}

/// <summary>
/// One section: <c>data</c> when its module answered (<c>ok</c>); when it could not (<c>unavailable</c>), no data but
/// <c>errorCode</c> — the module's own code when it gave one, such as <c>finance.missing-exchange-rate</c>, else
/// <c>dashboard.section-unavailable</c> — and <c>errorDetail</c>. <c>asOf</c> is when the data was read: a section is
/// served from cache until its module writes again, so sections may differ by a few seconds.
/// </summary>
public sealed record DashboardSection<T>
    where T : class
{
    public required SectionStatus Status { get; init; }

    public required DateTime AsOf { get; init; }

    public required T? Data { get; init; }

    public required string? ErrorCode { get; init; }

    public required string? ErrorDetail { get; init; }
}

/// <summary>
/// Growth's KPIs over the period: <c>cac</c> is marketing spend / signups over every channel (null without signups),
/// in the reporting currency.
/// </summary>
public sealed record GrowthSectionDto(
    int NewCustomers,
    int Customers,
    decimal Dau,
    int Mau,
    decimal? Stickiness,
    int Churned,
    decimal? ChurnRate,
    Money MarketingSpend,
    long Signups,
    Money? Cac);

/// <summary>Lines of approved budgets overlapping the period that reached their warning threshold or passed the budget, most consumed first.</summary>
public sealed record BudgetsSectionDto(int LinesInWarning, int LinesOver, IReadOnlyList<BudgetLineAtRiskDto> Lines);

/// <summary>The highest-scoring risks not closed (at most five), and incidents not closed by severity.</summary>
public sealed record RisksSectionDto(IReadOnlyList<RiskDto> TopOpenRisks, OpenIncidentCountsDto OpenIncidents);

/// <summary>Markets per stage in workflow order, with their average localization readiness and open critical compliance gaps.</summary>
public sealed record MarketsSectionDto(IReadOnlyList<MarketStageSummaryDto> Stages);

public sealed record MarketStageSummaryDto(MarketStage Stage, int Markets, decimal? AverageReadinessPercent, int OpenCriticalGaps);

/// <summary>Products in decline, longest first (at most twenty; <c>more</c> says others follow).</summary>
public sealed record ProductsSectionDto(IReadOnlyList<DecliningProductDto> InDecline, bool More);

public sealed record DecliningProductDto(Guid ProductId, string Name, string Owner, DateTime DeclineSince);
