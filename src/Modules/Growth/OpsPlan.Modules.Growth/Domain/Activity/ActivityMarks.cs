namespace OpsPlan.Modules.Growth.Domain.Activity;

/// <summary>
/// The days and months a batch marks its customers active on (one row each; the KPIs count rows, not events). Every
/// stored event marked its day and month, so a customer whose latest activity before the batch falls on the same day
/// (or month) is marked already: leaving those out spares a busy day's batches most of their index writes. A month
/// mark carries the customer's sign-up month, so the retention matrix counts cohorts from the marks alone.
/// </summary>
internal sealed record ActivityMarks(IReadOnlyList<(Guid CustomerId, DateOnly Day)> Days, IReadOnlyList<MonthMark> Months,
    IReadOnlyList<(Guid CustomerId, string ProductId)> Products)
{
    /// <summary>
    /// The marks <paramref name="events"/> add (and the products they name, used by segments); <paramref name="customerOf"/>
    /// tells each customer's latest activity before them, if known, and its sign-up month.
    /// </summary>
    public static ActivityMarks Of(IReadOnlyCollection<ActivityEvent> events, Func<Guid, MarkedCustomer> customerOf)
    {
        var days = events.Select(recorded => (recorded.CustomerId, Day: DateOnly.FromDateTime(recorded.OccurredAt))).Distinct().ToList();
        bool MarkedAlready(Guid customer, DateOnly period, Func<DateOnly, DateOnly> periodOf) =>
            customerOf(customer).LastActiveBefore is { } before && periodOf(DateOnly.FromDateTime(before)) == period;
        return new ActivityMarks(
            days.Where(mark => !MarkedAlready(mark.CustomerId, mark.Day, day => day)).ToList(),
            days.Select(mark => (mark.CustomerId, Month: MonthOf(mark.Day))).Distinct()
                .Where(mark => !MarkedAlready(mark.CustomerId, mark.Month, MonthOf))
                .Select(mark => new MonthMark(mark.CustomerId, mark.Month, customerOf(mark.CustomerId).SignupMonth)).ToList(),
            events.Where(recorded => recorded.ProductId is not null).Select(recorded => (recorded.CustomerId, recorded.ProductId!)).Distinct().ToList());
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}

/// <summary>What the marks need to know of a customer: its latest activity before the batch, if any, and its cohort.</summary>
internal readonly record struct MarkedCustomer(DateTime? LastActiveBefore, DateOnly SignupMonth);

/// <summary>A customer active in a month, with the month it signed up in.</summary>
internal readonly record struct MonthMark(Guid CustomerId, DateOnly Month, DateOnly SignupMonth);
