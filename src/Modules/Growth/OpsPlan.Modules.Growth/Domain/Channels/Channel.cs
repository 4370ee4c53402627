using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Channels;

/// <summary>An acquisition channel (seed ch.4): its daily metrics are stored beside it, keyed by channel and day.</summary>
internal sealed class Channel : AggregateRoot
{
    private Channel(AggregateState state, string name, ChannelKind kind, ChannelStatus status)
        : base(state)
    {
        Name = name;
        Kind = kind;
        Status = status;
    }

    public string Name { get; private set; }

    public ChannelKind Kind { get; private set; }

    public ChannelStatus Status { get; private set; }

    public static Channel Create(string name, ChannelKind kind, ChannelStatus status, DateTime now) => new(AggregateState.New(now), name, kind, status);

    public static Channel Restore(AggregateState state, string name, ChannelKind kind, ChannelStatus status) => new(state, name, kind, status);

    public void Update(string name, ChannelKind kind, ChannelStatus status, DateTime now)
    {
        Name = name;
        Kind = kind;
        Status = status;
        Touch(now);
    }
}
