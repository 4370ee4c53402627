namespace OpsPlan.Modules.Lifecycle.Application.Feedback.ListFeedback;

/// <summary>What a product's feedback may be sorted by besides created and updated times.</summary>
internal static class FeedbackSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<FeedbackRow, DateTime>("receivedAt", "received_at", row => row.ReceivedAt),
    ];
}
