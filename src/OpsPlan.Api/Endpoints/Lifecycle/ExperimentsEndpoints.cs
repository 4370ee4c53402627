using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>/api/v1/lifecycle/products/{productId}/experiments, and variant totals at /api/v1/lifecycle/experiments/variants/batch.</summary>
internal static class ExperimentsEndpoints
{
    public static void MapExperiments(this RouteGroupBuilder module)
    {
        module.MapPost("/experiments/variants/batch", SyncAsync).WithTag(LifecycleApi.Experiments).RequireAuthorization(LifecycleApi.Sync)
            .Syncs<VariantResultsBatchRequest>()
            .Named("SyncVariantResults", "Upsert up to 1,000 variant totals by experiment and variant",
                "Totals so far, not increments: updated, unchanged or failed (an unknown experiment or variant, an experiment not running, conversions above exposures).");

        var experiments = module.MapGroup("/products/{productId:guid}/experiments").WithTag(LifecycleApi.Experiments);

        experiments.MapPost("", CreateAsync).RequireAuthorization(LifecycleApi.Write).Creates<ExperimentDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("CreateExperiment", "Design an experiment",
                "2-10 variants, the first the control; minimumSampleSize (exposures every variant needs) defaults to Lifecycle:MinimumSampleSize. It starts as a draft.");

        experiments.MapGet("", ListAsync).Lists<ExperimentDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListExperiments", "List a product's experiments", "Filter by status (several allowed).");

        experiments.MapGet("/{id:guid}", GetAsync).ReadsOne<ExperimentDto>().Named("GetExperiment", "Get an experiment");

        experiments.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(LifecycleApi.Write).Changes<ExperimentDto>()
            .Named("ReplaceExperiment", "Change a draft experiment", "Once it runs it no longer changes (409 lifecycle.experiment-not-draft).");

        experiments.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(LifecycleApi.Write).Changes<ExperimentDto>()
            .Named("TransitionExperimentStatus", "Start or conclude an experiment", "draft → running → concluded; otherwise 409 lifecycle.invalid-transition.");

        experiments.MapGet("/{id:guid}/results", ResultsAsync).ReadsOne<ExperimentResultsDto>()
            .Named("GetExperimentResults", "Each variant against the control",
                "Conversion rate, relative lift, z and the two-sided p-value of the pooled two-proportion z-test. A winner only when every variant has the minimum "
                + "sample and p < Lifecycle:ExperimentAlpha.");
    }

    private static async Task<IResult> SyncAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<VariantResultItem>(body, json.Value.SerializerOptions, _ => null);
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncVariantResultsCommand(items), cancellationToken));
    }

    private static async Task<IResult> CreateAsync(Guid productId, ExperimentRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken)
    {
        var experiment = await dispatcher.SendAsync(new CreateExperimentCommand(productId, request), cancellationToken);
        return ResourceResults.Created(context, $"{LifecycleApi.Prefix}/products/{productId}/experiments/{experiment.Id}", experiment);
    }

    private static async Task<IResult> ListAsync(Guid productId, IDispatcher dispatcher, [EnumValues<ExperimentStatus>] [FromQuery] string[]? status, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListExperimentsQuery(productId, errors.AnyOf<ExperimentStatus>(status, nameof(status)), limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid productId, Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetExperimentQuery(productId, id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid productId, Guid id, ExperimentRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateExperimentCommand(productId, id, IfMatch.ExpectedVersion(context.Request), request),
            cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid productId, Guid id, ExperimentStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionExperimentStatusCommand(productId, id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Note), cancellationToken));

    private static async Task<IResult> ResultsAsync(Guid productId, Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetExperimentResultsQuery(productId, id), cancellationToken));
}
