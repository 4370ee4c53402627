namespace OpsPlan.Modules.Growth.Domain.Activity;

internal interface IActivityRepository
{
    /// <summary>The ids OpsPlan gave the events already received, by the sender's event id.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindReceivedAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Stores the events and the activity marks they add.</summary>
    Task AddAsync(IReadOnlyCollection<ActivityEvent> events, ActivityMarks marks, CancellationToken cancellationToken);

    /// <summary>Moves the month marks of customers a sync gave another sign-up month into their new cohort.</summary>
    Task MoveToCohortsAsync(IReadOnlyCollection<(Guid CustomerId, DateOnly SignupMonth)> customers, CancellationToken cancellationToken);
}
