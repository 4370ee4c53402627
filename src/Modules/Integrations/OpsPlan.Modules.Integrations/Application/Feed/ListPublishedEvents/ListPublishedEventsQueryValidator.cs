using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Integrations.Contracts.Feed;

namespace OpsPlan.Modules.Integrations.Application.Feed.ListPublishedEvents;

internal sealed class ListPublishedEventsQueryValidator : AbstractValidator<ListPublishedEventsQuery>
{
    public const int MaxLimit = 500;

    public ListPublishedEventsQueryValidator(ModuleCatalog catalog)
    {
        RuleFor(query => query.After).Matches("^[0-9]{1,18}$").WithMessage("after is a cursor from an earlier page of the feed (its nextCursor or an event's cursor).");
        RuleFor(query => query.Limit).InclusiveBetween(1, MaxLimit);
        RuleForEach(query => query.Types).Must(type => type is not null && catalog.IntegrationEvents.ContainsKey(type))
            .WithMessage("An event type is one of GET /api/v1/admin/webhooks/event-types.");
    }
}
