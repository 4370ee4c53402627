using OpsPlan.Modules.Growth.Contracts.Channels;
using OpsPlan.Modules.Growth.Domain.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.UpdateChannel;

internal sealed class UpdateChannelCommandHandler(IChannelRepository channels, IClock clock) : ICommandHandler<UpdateChannelCommand, ChannelDto>
{
    public async Task<ChannelDto> Handle(UpdateChannelCommand request, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (await channels.NameTakenAsync(request.Name, channel.Id, cancellationToken))
        {
            throw ChannelRules.NameTaken();
        }

        channel.Update(request.Name, request.Kind!.Value, request.Status!.Value, clock.UtcNow);
        await channels.UpdateAsync(channel, cancellationToken);
        return ChannelRow.ToDto(channel);
    }
}
