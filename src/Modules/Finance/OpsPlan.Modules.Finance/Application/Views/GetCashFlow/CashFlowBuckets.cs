using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Application.Views.GetCashFlow;

/// <summary>Cuts a date range into calendar months or ISO weeks (Monday to Sunday), the first and last clipped to the range.</summary>
internal static class CashFlowBuckets
{
    public static IReadOnlyList<(DateOnly Start, DateOnly End)> Cut(DateOnly from, DateOnly to, CashFlowGranularity granularity)
    {
        var buckets = new List<(DateOnly, DateOnly)>();
        for (var start = from; start <= to;)
        {
            var naturalEnd = granularity == CashFlowGranularity.Month
                ? new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1)
                : start.AddDays(6 - ((int)start.DayOfWeek + 6) % 7);
            var end = naturalEnd < to ? naturalEnd : to;
            buckets.Add((start, end));
            start = end.AddDays(1);
        }

        return buckets;
    }
}
