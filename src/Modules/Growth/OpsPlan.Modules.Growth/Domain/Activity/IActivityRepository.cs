namespace OpsPlan.Modules.Growth.Domain.Activity;

internal interface IActivityRepository
{
    /// <summary>The ids OpsPlan gave the events already received, by the sender's event id.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindReceivedAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Stores the events and marks each customer active on each day and month they fall in.</summary>
    Task AddAsync(IReadOnlyCollection<ActivityEvent> events, CancellationToken cancellationToken);
}
