using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.CreateWebhookSubscription;

internal sealed class CreateWebhookSubscriptionCommandValidator : AbstractValidator<CreateWebhookSubscriptionCommand>
{
    public CreateWebhookSubscriptionCommandValidator(IOptions<WebhooksOptions> options, ModuleCatalog catalog) =>
        this.SubscriptionFields(command => command.Fields, options.Value, catalog);
}
