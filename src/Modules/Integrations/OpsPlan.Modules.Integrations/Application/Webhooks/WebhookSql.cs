namespace OpsPlan.Modules.Integrations.Application.Webhooks;

/// <summary>Reads several webhook queries share.</summary>
internal static class WebhookSql
{
    /// <summary>Counts the subscription <c>@SubscriptionId</c>: the parent of its deliveries and attempts must exist (404 otherwise).</summary>
    public const string SubscriptionExistsSql = "SELECT COUNT(*) FROM integrations.webhook_subscriptions WHERE id = @SubscriptionId";
}
