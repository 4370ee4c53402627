using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.UpdateWebhookSubscription;

internal sealed class UpdateWebhookSubscriptionCommandValidator : AbstractValidator<UpdateWebhookSubscriptionCommand>
{
    public UpdateWebhookSubscriptionCommandValidator(IOptions<WebhooksOptions> options, ModuleCatalog catalog) =>
        this.SubscriptionFields(command => command.Fields, options.Value, catalog);
}
