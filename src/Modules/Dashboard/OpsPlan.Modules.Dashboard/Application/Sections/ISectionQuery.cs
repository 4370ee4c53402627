using OpsPlan.BuildingBlocks.Application.Caching;
using OpsPlan.Modules.Dashboard.Contracts.Home;

namespace OpsPlan.Modules.Dashboard.Application.Sections;

/// <summary>
/// One section of the home page, cached until a module it reads from writes again; a section that fails is not
/// cached, so the next call asks its module again.
/// </summary>
internal interface ISectionQuery<T> : IQuery<DashboardSection<T>>, ICachedAcrossModulesQuery
    where T : class;
