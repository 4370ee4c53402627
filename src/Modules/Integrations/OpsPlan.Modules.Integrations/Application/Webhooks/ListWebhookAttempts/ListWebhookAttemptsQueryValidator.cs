using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ListWebhookAttempts;

internal sealed class ListWebhookAttemptsQueryValidator : ListQueryValidator<ListWebhookAttemptsQuery>;
