using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Dashboard.Application.Sections.Budgets;

internal sealed record GetBudgetsSectionQuery(DateOnly From, DateOnly To) : ISectionQuery<BudgetsSectionDto>
{
    public IReadOnlyList<string> SourceModules => ["finance"];
}

internal sealed class GetBudgetsSectionQueryHandler(IDispatcher dispatcher, IClock clock) : IQueryHandler<GetBudgetsSectionQuery, DashboardSection<BudgetsSectionDto>>
{
    public async Task<DashboardSection<BudgetsSectionDto>> Handle(GetBudgetsSectionQuery request, CancellationToken cancellationToken)
    {
        var lines = await dispatcher.QueryAsync(new ListBudgetLinesAtRiskQuery(request.From, request.To), cancellationToken);
        return Section.Of(new BudgetsSectionDto(lines.Count(line => line.State == BudgetLineState.Warning), lines.Count(line => line.State == BudgetLineState.Over), lines),
            clock.UtcNow);
    }
}
