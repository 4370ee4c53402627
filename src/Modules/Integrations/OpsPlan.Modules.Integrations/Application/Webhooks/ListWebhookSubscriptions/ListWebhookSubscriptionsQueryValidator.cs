using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ListWebhookSubscriptions;

internal sealed class ListWebhookSubscriptionsQueryValidator : ListQueryValidator<ListWebhookSubscriptionsQuery>;
