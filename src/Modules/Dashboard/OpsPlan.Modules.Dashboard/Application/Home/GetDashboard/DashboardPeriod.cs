namespace OpsPlan.Modules.Dashboard.Application.Home.GetDashboard;

/// <summary>
/// The days a dashboard covers: as Growth's overview, the 30 days to today unless told otherwise; <c>from</c> alone runs
/// to today (or, for a start still to come, 30 days on), never more than <see cref="MaxDays"/>.
/// </summary>
internal static class DashboardPeriod
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (from is not { } start)
        {
            var end = to ?? today;
            return (end.AddDays(-(DefaultDays - 1)), end);
        }

        if (to is { } last)
        {
            return (start, last);
        }

        var untilToday = today < start ? start.AddDays(DefaultDays - 1) : today;
        var longest = start.AddDays(MaxDays - 1);
        return (start, untilToday < longest ? untilToday : longest);
    }

    public static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber + 1;
}
