using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Api.Endpoints.Partners;

/// <summary>/api/v1/partners/sla-measurements/batch, an agreement's measurements and a partner's compliance.</summary>
internal static class SlaEndpoints
{
    public static void MapSla(this RouteGroupBuilder module)
    {
        module.MapPost("/sla-measurements/batch", SyncAsync).WithTag(PartnersApi.Sla).RequireAuthorization(Policies.PartnerScopedSync)
            .Syncs<SlaMeasurementsBatchRequest>()
            .Named("SyncSlaMeasurements", "Upsert up to 1,000 SLA measurements by agreement, metric and month",
                "Each is judged against its agreement's target (met or breached) as it arrives; a new breach publishes partners.sla-breached. A metric the agreement "
                + "has no target for fails its item. A partner's own key submits its own agreements' measurements only (any other agreement is unknown to it).");

        module.MapGet("/partners/{partnerId:guid}/agreements/{id:guid}/sla-measurements", MeasurementsAsync).WithTag(PartnersApi.Sla)
            .Computes<IReadOnlyList<SlaMeasurementDto>>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListSlaMeasurements", "An agreement's SLA measurements", "Oldest month first; metric filters to one metric.");

        module.MapGet("/partners/{id:guid}/sla", ComplianceAsync).WithTag(PartnersApi.Sla).Computes<PartnerSlaDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("GetPartnerSla", "A partner's SLA compliance per metric over time",
                "compliance = met / measured, in percent, per metric and per month, from..to as months (2026-01) inclusive; the last twelve by default.");
    }

    private static async Task<IResult> SyncAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<SlaMeasurementItem>(body, json.Value.SerializerOptions, _ => null);
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncSlaMeasurementsCommand(items), cancellationToken));
    }

    private static async Task<IResult> MeasurementsAsync(Guid partnerId, Guid id, IDispatcher dispatcher, [EnumValues<SlaMetric>] string? metric,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListSlaMeasurementsQuery(partnerId, id, errors.Enum<SlaMetric>(metric, nameof(metric)));
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> ComplianceAsync(Guid id, IDispatcher dispatcher, string? from, string? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetPartnerSlaQuery(id, from, to), cancellationToken));
}
