using System.Net;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks;

/// <summary>The checks a subscription's fields share across create and replace.</summary>
internal static class WebhookRules
{
    public const int MaxEventTypes = 100;

    public static void SubscriptionFields<T>(this AbstractValidator<T> validator, Func<T, WebhookSubscriptionRequest> fields, WebhooksOptions options, ModuleCatalog catalog)
    {
        validator.RuleFor(command => fields(command).Url).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(2000)
            .Must(url => UrlProblem(url, options) is null).WithMessage((_, url) => UrlProblem(url, options)).OverridePropertyName("url");
        validator.RuleFor(command => fields(command).EventTypes).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("At least one event type, or * for all.")
            .Must(types => types.Count <= MaxEventTypes).WithMessage($"At most {MaxEventTypes} event types.")
            .Must(types => types.Distinct().Count() == types.Count).WithMessage("Each event type once.").OverridePropertyName("eventTypes");
        validator.RuleForEach(command => fields(command).EventTypes)
            .Must(type => type == WebhookSubscription.AllEvents || (type is not null && catalog.IntegrationEvents.ContainsKey(type)))
            .WithMessage("An event type is one of GET /api/v1/admin/webhooks/event-types, or * for all.").OverridePropertyName("eventTypes");
        validator.RuleFor(command => fields(command).Description).MaximumLength(1000).OverridePropertyName("description");
    }

    public static WebhookTarget TargetOf(WebhookSubscriptionRequest fields) => new(new Uri(fields.Url), fields.EventTypes, fields.Description);

    /// <summary>
    /// Why a URL cannot be a webhook's, or null. A literal address and names that always mean a local network are
    /// checked here; a name's addresses are checked again when each delivery connects, so DNS cannot be used to get round it.
    /// </summary>
    private static string? UrlProblem(string url, WebhooksOptions options)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "An absolute http(s) URL, such as https://hooks.example.com/opsplan.";
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !options.AllowHttp)
        {
            return "Webhooks are delivered over https only.";
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "No user name, password or fragment in the URL: the signature proves who sends.";
        }

        var local = IPAddress.TryParse(uri.IdnHost, out var address) ? !PublicAddresses.IsPublic(address) : PublicAddresses.IsLocalName(uri.IdnHost);
        return local && !options.AllowPrivateNetworks ? "The URL points to a loopback, private or link-local address, which webhooks may not reach." : null;
    }
}
