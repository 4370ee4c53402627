using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Contracts.Metrics;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>/api/v1/lifecycle/product-metrics/batch, and each product's figures and health.</summary>
internal static class ProductMetricsEndpoints
{
    public static void MapProductMetrics(this RouteGroupBuilder module)
    {
        module.MapPost("/product-metrics/batch", SyncAsync).WithTag(LifecycleApi.Health).RequireAuthorization(LifecycleApi.Sync)
            .Syncs<ProductMetricsBatchRequest>()
            .Named("SyncProductMetrics", "Upsert up to 1,000 monthly product figures by product and month",
                "One result per item: created, updated, unchanged or failed (an unknown product, a month not begun, revenue in another currency than the product's…). "
                + "Every product whose figures changed is checked against the decline rule at once: a newly declining month publishes lifecycle.product-decline-detected.");

        module.MapGet("/products/{id:guid}/metrics", ListAsync).WithTag(LifecycleApi.Health).Computes<IReadOnlyList<ProductMetricsDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListProductMetrics", "A product's monthly figures", "Oldest first, from..to as months (2026-01) inclusive; all of them by default.");

        module.MapGet("/products/{id:guid}/health", HealthAsync).WithTag(LifecycleApi.Health).ReadsOne<ProductHealthDto>()
            .Named("GetProductHealth", "Is a product declining, and what to do",
                "Active users and revenue against the decline rule (Lifecycle:DeclineConsecutivePeriods months in a row, each down more than Lifecycle:DeclineDropPercent %): "
                + "trend, falling streak, and a recommendation — keep-investing, stop-investing or plan-retirement — with its reasons.");
    }

    private static async Task<IResult> SyncAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<ProductMetricsItem>(body, json.Value.SerializerOptions, _ => null);
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncProductMetricsCommand(items), cancellationToken));
    }

    private static async Task<IResult> ListAsync(Guid id, IDispatcher dispatcher, string? from, string? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListProductMetricsQuery(id, from, to), cancellationToken));

    private static async Task<IResult> HealthAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetProductHealthQuery(id), cancellationToken));
}
