using Microsoft.Extensions.Options;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.RecordDeliveryRound;

/// <summary>
/// A delivered round resets the subscription's failures; a failed one counts against both, and may disable the
/// subscription; a round the open circuit kept from sending waits for the circuit without counting.
/// </summary>
internal sealed class RecordDeliveryRoundCommandHandler(IWebhookSubscriptionRepository subscriptions, IWebhookDeliveryRepository deliveries,
    IOptions<WebhooksOptions> options, IClock clock) : ICommandHandler<RecordDeliveryRoundCommand, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(RecordDeliveryRoundCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var settings = options.Value;
        var subscription = await subscriptions.GetAsync(request.SubscriptionId, null, cancellationToken);
        var delivery = await deliveries.GetAsync(request.SubscriptionId, request.DeliveryId, cancellationToken);
        var round = request.Round;
        if (round.NothingSent)
        {
            delivery.Postpone(now + settings.BreakDuration, "Not sent: the endpoint's circuit is open after repeated failures.", now);
        }
        else if (round.Delivered)
        {
            delivery.Succeeded(round.Attempts[^1].StatusCode!.Value, now);
            subscription.Succeeded(now);
        }
        else
        {
            var last = round.Attempts[^1];
            delivery.Failed(last.StatusCode, last.Error!, settings.Rounds, settings.RoundDelay, now);
            subscription.Failed(last.Error!, settings.DisableAfterFailures, now);
        }

        await deliveries.AddAttemptsAsync(round.Attempts.Select(attempt => new WebhookAttempt(Ids.New(), delivery.Id, subscription.Id, delivery.EventId,
            attempt.AttemptedAt, attempt.StatusCode, attempt.DurationMs, attempt.Error, attempt.Succeeded)).ToList(), cancellationToken);
        await deliveries.UpdateAsync(delivery, cancellationToken);
        if (subscription.Version != subscription.LoadedVersion)
        {
            await subscriptions.UpdateAsync(subscription, cancellationToken);
        }

        return WebhookDeliveryRow.ToDto(delivery);
    }
}
