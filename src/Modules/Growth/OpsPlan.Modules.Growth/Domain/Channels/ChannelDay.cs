namespace OpsPlan.Modules.Growth.Domain.Channels;

/// <summary>One channel's day of metrics; <see cref="Id"/> names the row in a batch's results.</summary>
internal sealed record ChannelDay(Guid Id, Guid ChannelId, DateOnly Day, Money Spend, long Impressions, long Clicks, long Signups, long Activations, Money Revenue)
{
    /// <summary>Whether <paramref name="other"/> reports the same figures (the id and time of storing aside).</summary>
    public bool SameFiguresAs(ChannelDay other) => this with { Id = other.Id } == other;
}
