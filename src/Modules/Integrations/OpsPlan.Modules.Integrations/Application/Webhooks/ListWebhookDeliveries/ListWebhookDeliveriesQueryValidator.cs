using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesQueryValidator : ListQueryValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator() => RuleForEach(query => query.Status).IsInEnum();
}
