using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Channels;
using OpsPlan.Modules.Growth.Domain.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.CreateChannel;

internal sealed class CreateChannelCommandHandler(IChannelRepository channels, IClock clock) : ICommandHandler<CreateChannelCommand, ChannelDto>
{
    public async Task<ChannelDto> Handle(CreateChannelCommand request, CancellationToken cancellationToken)
    {
        if (await channels.NameTakenAsync(request.Name, null, cancellationToken))
        {
            throw ChannelRules.NameTaken();
        }

        var channel = Channel.Create(request.Name, request.Kind!.Value, request.Status ?? ChannelStatus.Active, clock.UtcNow);
        await channels.AddAsync(channel, cancellationToken);
        return ChannelRow.ToDto(channel);
    }
}
