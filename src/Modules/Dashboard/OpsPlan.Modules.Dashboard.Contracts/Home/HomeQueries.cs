namespace OpsPlan.Modules.Dashboard.Contracts.Home;

/// <summary>
/// The operations console's home over the days <c>from</c>..<c>to</c> (inclusive; by default the 30 days to today):
/// one section per module, each answered by that module's public queries.
/// </summary>
public sealed record GetDashboardQuery(DateOnly? From = null, DateOnly? To = null) : IQuery<DashboardDto>;
