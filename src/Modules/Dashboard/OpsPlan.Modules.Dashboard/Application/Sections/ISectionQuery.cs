using OpsPlan.BuildingBlocks.Application.Caching;
using OpsPlan.Modules.Dashboard.Contracts.Home;

namespace OpsPlan.Modules.Dashboard.Application.Sections;

/// <summary>
/// One section of the home page, cached until a module it reads from writes again; a section that fails is not
/// cached, so the next call asks its module again.
/// </summary>
internal interface ISectionQuery<T> : IQuery<DashboardSection<T>>, ICachedAcrossModulesQuery
    where T : class
{
    /// <summary>
    /// A write in this process shows at once; another instance's write shows within this time. Thirty seconds, not
    /// the views' two: the growth KPIs alone take seconds over a large customer base, and the console is open all day
    /// (each section shows its asOf).
    /// </summary>
    TimeSpan ICachedQuery.FreshFor => TimeSpan.FromSeconds(30);
}
