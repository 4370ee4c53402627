using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.GetFeedbackSummary;

/// <summary>
/// A product's feedback received from..to, read once from an index that holds every column the summary needs, and
/// counted by month, category and status.
/// </summary>
internal sealed class GetFeedbackSummaryQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetFeedbackSummaryQuery, FeedbackSummaryDto>
{
    public const int DefaultMonths = 12;

    private const string Sql = """
        SELECT received_at AS ReceivedAt, rating AS Rating, category AS Category, status AS Status
        FROM lifecycle.feedback
        WHERE product_id = @ProductId AND received_at >= @From AND received_at < @Before
        """;

    public async Task<FeedbackSummaryDto> Handle(GetFeedbackSummaryQuery request, CancellationToken cancellationToken)
    {
        var to = request.To ?? clock.Today;
        var from = request.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-(DefaultMonths - 1));
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        var rows = (await connection.QueryAsync<SummaryRow>(new CommandDefinition(Sql, new
        {
            request.ProductId,
            From = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Before = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        }, cancellationToken: cancellationToken))).ToList();

        var months = new List<FeedbackPeriodDto>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var inMonth = rows.Where(row => row.ReceivedAt.Year == month.Year && row.ReceivedAt.Month == month.Month).ToList();
            months.Add(new FeedbackPeriodDto { Month = month, Count = inMonth.Count, Rated = inMonth.Count(row => row.Rating is not null), AverageRating = Average(inMonth) });
        }

        return new FeedbackSummaryDto
        {
            ProductId = request.ProductId,
            From = from,
            To = to,
            Total = rows.Count,
            Rated = rows.Count(row => row.Rating is not null),
            AverageRating = Average(rows),
            Months = months,
            Categories = Enum.GetValues<FeedbackCategory>()
                .Select(category => new FeedbackCategoryCountDto { Category = category, Count = rows.Count(row => row.Category == EnumText.ToText(category)) }).ToList(),
            Statuses = Enum.GetValues<FeedbackStatus>()
                .Select(status => new FeedbackStatusCountDto { Status = status, Count = rows.Count(row => row.Status == EnumText.ToText(status)) }).ToList(),
        };
    }

    private static decimal? Average(IReadOnlyCollection<SummaryRow> rows) =>
        rows.Any(row => row.Rating is not null) ? Math.Round((decimal)rows.Where(row => row.Rating is not null).Average(row => row.Rating!.Value), 2) : null;

    private sealed class SummaryRow
    {
        public DateTime ReceivedAt { get; init; }

        public int? Rating { get; init; }

        public string Category { get; init; } = "";

        public string Status { get; init; } = "";
    }
}
