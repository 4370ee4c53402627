using System.Text.Json;

namespace OpsPlan.Modules.Integrations.Contracts.Feed;

/// <summary>A page of the feed: send <see cref="NextCursor"/> back as <c>after</c> to continue, now or later; it never skips or repeats an event.</summary>
public sealed record EventFeedPageDto
{
    public required IReadOnlyList<PublishedEventDto> Items { get; init; }

    /// <summary>Where the next page starts: after the last event on this page (or where this page started, when it is empty).</summary>
    public string? NextCursor { get; init; }

    /// <summary>Whether more events were waiting when this page was read.</summary>
    public required bool HasMore { get; init; }
}

/// <summary>An integration event as its module published it.</summary>
public sealed record PublishedEventDto
{
    /// <summary>This event's place in the feed, to resume after it.</summary>
    public required string Cursor { get; init; }

    public required Guid Id { get; init; }

    /// <summary>The event's name, such as <c>risk.risk-raised</c>.</summary>
    public required string Type { get; init; }

    public required string Module { get; init; }

    public required DateTime OccurredAt { get; init; }

    public required DateTime PublishedAt { get; init; }

    /// <summary>The event's fields, as its module's contract describes them.</summary>
    public required JsonElement Data { get; init; }
}
