using OpsPlan.Modules.Dashboard.Contracts;
using OpsPlan.Modules.Dashboard.Contracts.Home;

namespace OpsPlan.Modules.Dashboard.Application.Sections;

internal static class Section
{
    public static DashboardSection<T> Of<T>(T data, DateTime asOf)
        where T : class => new() { Status = SectionStatus.Ok, AsOf = asOf, Data = data, ErrorCode = null, ErrorDetail = null };

    public static DashboardSection<T> Unavailable<T>(string code, string detail, DateTime asOf)
        where T : class => new() { Status = SectionStatus.Unavailable, AsOf = asOf, Data = null, ErrorCode = code, ErrorDetail = detail };
}
