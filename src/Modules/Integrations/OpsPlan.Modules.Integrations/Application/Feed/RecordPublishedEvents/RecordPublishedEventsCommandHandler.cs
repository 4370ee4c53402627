using OpsPlan.Modules.Integrations.Domain.Feed;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Feed.RecordPublishedEvents;

internal sealed class RecordPublishedEventsCommandHandler(IPublishedEventStore feed, IWebhookSubscriptionRepository subscriptions, IWebhookDeliveryRepository deliveries,
    IClock clock) : ICommandHandler<RecordPublishedEventsCommand, int>
{
    public async Task<int> Handle(RecordPublishedEventsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var enabled = await subscriptions.EnabledAsync(cancellationToken);
        var recorded = 0;
        var scheduled = new List<WebhookDelivery>();
        foreach (var published in request.Events)
        {
            if (await feed.AppendAsync(published, now, cancellationToken) is not { } position)
            {
                continue;
            }

            recorded++;
            scheduled.AddRange(enabled.Where(subscription => subscription.Wants(published.Type))
                .Select(subscription => WebhookDelivery.Schedule(subscription.Id, published.EventId, published.Type, position, now)));
        }

        await deliveries.AddAsync(scheduled, cancellationToken);
        return recorded;
    }
}
