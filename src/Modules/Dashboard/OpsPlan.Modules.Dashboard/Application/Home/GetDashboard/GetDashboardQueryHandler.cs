using Microsoft.Extensions.Logging;
using OpsPlan.Modules.Dashboard.Application.Sections;
using OpsPlan.Modules.Dashboard.Application.Sections.Budgets;
using OpsPlan.Modules.Dashboard.Application.Sections.Growth;
using OpsPlan.Modules.Dashboard.Application.Sections.Markets;
using OpsPlan.Modules.Dashboard.Application.Sections.Partners;
using OpsPlan.Modules.Dashboard.Application.Sections.Products;
using OpsPlan.Modules.Dashboard.Application.Sections.Risks;
using OpsPlan.Modules.Dashboard.Application.Sections.Runway;
using OpsPlan.Modules.Dashboard.Contracts.Home;

namespace OpsPlan.Modules.Dashboard.Application.Home.GetDashboard;

/// <summary>
/// Asks each section in turn (each answered from cache while its modules have not written); a module that fails
/// turns its own section into an error entry, logged here, and the rest of the page is still served.
/// </summary>
internal sealed class GetDashboardQueryHandler(IDispatcher dispatcher, IClock clock, ILogger<GetDashboardQueryHandler> logger)
    : IQueryHandler<GetDashboardQuery, DashboardDto>
{
    public const string SectionUnavailable = "dashboard.section-unavailable";

    public async Task<DashboardDto> Handle(GetDashboardQuery request, CancellationToken cancellationToken)
    {
        var (from, to) = DashboardPeriod.Resolve(request.From, request.To, clock.Today);
        return new DashboardDto
        {
            From = from,
            To = to,
            Growth = await SectionAsync("growth", new GetGrowthSectionQuery(from, to), cancellationToken),
            Budgets = await SectionAsync("budgets", new GetBudgetsSectionQuery(from, to), cancellationToken),
            Runway = await SectionAsync("runway", new GetRunwaySectionQuery(), cancellationToken),
            Risks = await SectionAsync("risks", new GetRisksSectionQuery(), cancellationToken),
            Partners = await SectionAsync("partners", new GetPartnersSectionQuery(from, to), cancellationToken),
            Markets = await SectionAsync("markets", new GetMarketsSectionQuery(), cancellationToken),
            Products = await SectionAsync("products", new GetProductsSectionQuery(), cancellationToken),
        };
    }

    private async Task<DashboardSection<T>> SectionAsync<T>(string name, ISectionQuery<T> query, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await dispatcher.QueryAsync(query, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Dashboard section {Section} is unavailable", name);
            return exception is BusinessRuleException rule
                ? Section.Unavailable<T>(rule.Code, rule.Message, clock.UtcNow)
                : Section.Unavailable<T>(SectionUnavailable, $"The {name} section could not be read; the cause is in the server log.", clock.UtcNow);
        }
    }
}
