using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Channels;
using OpsPlan.Modules.Growth.Domain.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels;

/// <summary>A row of <c>growth.channels</c>.</summary>
internal sealed class ChannelRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, kind AS Kind, status AS Status, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM growth.channels
        """;

    public string Name { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Status { get; init; } = "";

    public Channel ToDomain() => Channel.Restore(State, Name, EnumText.Parse<ChannelKind>(Kind), EnumText.Parse<ChannelStatus>(Status));

    public ChannelDto ToDto() => ToDto(ToDomain());

    public static ChannelDto ToDto(Channel channel) => new()
    {
        Id = channel.Id,
        Name = channel.Name,
        Kind = channel.Kind,
        Status = channel.Status,
        CreatedAt = channel.CreatedAt,
        UpdatedAt = channel.UpdatedAt,
        Version = channel.Version,
    };

    public static object Parameters(Channel channel) => new
    {
        channel.Id,
        channel.Name,
        Kind = EnumText.ToText(channel.Kind),
        Status = EnumText.ToText(channel.Status),
        channel.CreatedAt,
        channel.UpdatedAt,
        channel.Version,
        channel.LoadedVersion,
    };
}
