using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Dashboard.Application.Sections.Partners;

internal sealed record GetPartnersSectionQuery(DateOnly From, DateOnly To) : ISectionQuery<PartnerHealthDto>
{
    public IReadOnlyList<string> SourceModules => ["partners"];
}

/// <summary>SLAs are measured per month: the period counts every month it touches.</summary>
internal sealed class GetPartnersSectionQueryHandler(IDispatcher dispatcher, IClock clock) : IQueryHandler<GetPartnersSectionQuery, DashboardSection<PartnerHealthDto>>
{
    public async Task<DashboardSection<PartnerHealthDto>> Handle(GetPartnersSectionQuery request, CancellationToken cancellationToken) =>
        Section.Of(await dispatcher.QueryAsync(new GetPartnerHealthQuery(MonthText.Format(MonthText.Of(request.From)), MonthText.Format(MonthText.Of(request.To))),
            cancellationToken), clock.UtcNow);
}
