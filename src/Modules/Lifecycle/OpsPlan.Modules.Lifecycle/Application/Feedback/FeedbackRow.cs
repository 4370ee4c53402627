using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback;

/// <summary>A row of <c>lifecycle.feedback</c>.</summary>
internal sealed class FeedbackRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, product_id AS ProductId, external_id AS ExternalId, source AS Source, rating AS Rating, category AS Category, text AS Text,
               status AS Status, received_at AS ReceivedAt, fixed_in_release_id AS FixedInReleaseId, created_at AS CreatedAt, updated_at AS UpdatedAt,
               version AS Version
        FROM lifecycle.feedback
        """;

    public Guid ProductId { get; init; }

    public string? ExternalId { get; init; }

    public string Source { get; init; } = "";

    public int? Rating { get; init; }

    public string Category { get; init; } = "";

    public string Text { get; init; } = "";

    public string Status { get; init; } = "";

    public DateTime ReceivedAt { get; init; }

    public Guid? FixedInReleaseId { get; init; }

    public FeedbackItem ToDomain() => FeedbackItem.Restore(State, ProductId, ExternalId,
        new FeedbackContent(EnumText.Parse<FeedbackSource>(Source), Rating, EnumText.Parse<FeedbackCategory>(Category), Text, ReceivedAt),
        EnumText.Parse<FeedbackStatus>(Status), FixedInReleaseId);

    public FeedbackDto ToDto() => ToDto(ToDomain());

    public static FeedbackDto ToDto(FeedbackItem item) => new()
    {
        Id = item.Id,
        ProductId = item.ProductId,
        ExternalId = item.ExternalId,
        Source = item.Content.Source,
        Rating = item.Content.Rating,
        Category = item.Content.Category,
        Text = item.Content.Text,
        Status = item.Status,
        ReceivedAt = item.Content.ReceivedAt,
        FixedInReleaseId = item.FixedInReleaseId,
        CreatedAt = item.CreatedAt,
        UpdatedAt = item.UpdatedAt,
        Version = item.Version,
    };

    public static object Parameters(FeedbackItem item) => new
    {
        item.Id,
        item.ProductId,
        item.ExternalId,
        Source = EnumText.ToText(item.Content.Source),
        item.Content.Rating,
        Category = EnumText.ToText(item.Content.Category),
        item.Content.Text,
        Status = EnumText.ToText(item.Status),
        item.Content.ReceivedAt,
        item.FixedInReleaseId,
        item.CreatedAt,
        item.UpdatedAt,
        item.Version,
        item.LoadedVersion,
    };
}
