namespace OpsPlan.Modules.Integrations.Domain.Feed;

/// <summary>The feed of published events, in publication order.</summary>
internal interface IPublishedEventStore
{
    /// <summary>Appends the event and returns its position, or null when the event is in the feed already (the relay showed it again).</summary>
    Task<long?> AppendAsync(PublishedEvent published, DateTime publishedAt, CancellationToken cancellationToken);
}
