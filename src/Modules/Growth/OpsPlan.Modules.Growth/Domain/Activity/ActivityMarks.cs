namespace OpsPlan.Modules.Growth.Domain.Activity;

/// <summary>
/// The days and months a batch marks its customers active on (one row each; the KPIs count rows, not events). Every
/// stored event marked its day and month, so a customer whose latest activity before the batch falls on the same day
/// (or month) is marked already: leaving those out spares a busy day's batches most of their index writes.
/// </summary>
internal sealed record ActivityMarks(IReadOnlyList<(Guid CustomerId, DateOnly Day)> Days, IReadOnlyList<(Guid CustomerId, DateOnly Month)> Months,
    IReadOnlyList<(Guid CustomerId, string ProductId)> Products)
{
    /// <summary>
    /// The marks <paramref name="events"/> add (and the products they name, used by segments); <paramref name="lastActiveBefore"/>
    /// is each customer's latest activity before them, if known.
    /// </summary>
    public static ActivityMarks Of(IReadOnlyCollection<ActivityEvent> events, Func<Guid, DateTime?> lastActiveBefore)
    {
        var days = events.Select(recorded => (recorded.CustomerId, Day: DateOnly.FromDateTime(recorded.OccurredAt))).Distinct().ToList();
        return new ActivityMarks(
            days.Where(mark => lastActiveBefore(mark.CustomerId) is not { } before || DateOnly.FromDateTime(before) != mark.Day).ToList(),
            days.Select(mark => (mark.CustomerId, Month: MonthOf(mark.Day))).Distinct()
                .Where(mark => lastActiveBefore(mark.CustomerId) is not { } before || MonthOf(DateOnly.FromDateTime(before)) != mark.Month).ToList(),
            events.Where(recorded => recorded.ProductId is not null).Select(recorded => (recorded.CustomerId, recorded.ProductId!)).Distinct().ToList());
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
