namespace OpsPlan.Modules.Growth.Domain.Channels;

internal interface IChannelRepository
{
    Task<Channel> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Whether another channel than <paramref name="except"/> has this name.</summary>
    Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="ids"/> are channels.</summary>
    Task<IReadOnlySet<Guid>> ExistingAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task AddAsync(Channel channel, CancellationToken cancellationToken);

    Task UpdateAsync(Channel channel, CancellationToken cancellationToken);

    /// <summary>The stored days among <paramref name="keys"/>, by channel and day.</summary>
    Task<IReadOnlyDictionary<(Guid ChannelId, DateOnly Day), ChannelDay>> FindDaysAsync(IReadOnlyCollection<(Guid ChannelId, DateOnly Day)> keys, CancellationToken cancellationToken);

    Task AddDaysAsync(IReadOnlyCollection<ChannelDay> days, DateTime now, CancellationToken cancellationToken);

    Task UpdateDaysAsync(IReadOnlyCollection<ChannelDay> days, DateTime now, CancellationToken cancellationToken);
}
