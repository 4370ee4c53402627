using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.ListChannels;

internal sealed class ListChannelsQueryValidator : ListQueryValidator<ListChannelsQuery>
{
    public ListChannelsQueryValidator()
    {
        RuleForEach(query => query.Kind).IsInEnum();
        RuleForEach(query => query.Status).IsInEnum();
    }
}
