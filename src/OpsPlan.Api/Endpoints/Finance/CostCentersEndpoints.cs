using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Api.Endpoints.Finance;

/// <summary>/api/v1/finance/cost-centers: the cost-center tree.</summary>
internal static class CostCentersEndpoints
{
    public static void MapCostCenters(this RouteGroupBuilder module)
    {
        var costCenters = module.MapGroup("/cost-centers").WithTag(FinanceApi.CostCenters);

        costCenters.MapPost("", CreateAsync).RequireAuthorization(FinanceApi.Write).Creates<CostCenterDto>()
            .Named("CreateCostCenter", "Open a cost center", "Codes are unique (409 finance.duplicate-code); parentId places it in the tree.");

        costCenters.MapGet("", ListAsync).Lists<CostCenterDto>()
            .Named("ListCostCenters", "List cost centers",
                "parentId lists one node's children; roots=true the top of the tree; archived filters either way.");

        costCenters.MapGet("/{id:guid}", GetAsync).ReadsOne<CostCenterDto>()
            .Named("GetCostCenter", "Get a cost center");

        costCenters.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(FinanceApi.Write).Changes<CostCenterDto>()
            .Named("ReplaceCostCenter", "Rename, re-own, move or archive a cost center",
                "Moving a cost center under itself or a descendant is 409 finance.cost-center-cycle. The code never changes.");

        costCenters.MapPatch("/{id:guid}", PatchAsync).RequireAuthorization(FinanceApi.Write)
            .Changes<CostCenterDto>().Accepts<CostCenterRequest>("application/merge-patch+json")
            .Named("PatchCostCenter", "Change some of a cost center's fields (JSON merge patch)");

        costCenters.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(FinanceApi.Write).DeletesVersioned()
            .Named("DeleteCostCenter", "Delete an unused cost center",
                "One that is in use (children today; budgets and transactions as they arrive) is 409 finance.cost-center-in-use: archive it instead.");
    }

    private static async Task<IResult> CreateAsync(CreateCostCenterCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var costCenter = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/finance/cost-centers/{costCenter.Id}", costCenter);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, Guid? parentId, bool? roots, bool? archived, string? code, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListCostCentersQuery(parentId, roots, archived, code, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetCostCenterQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, CostCenterRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(request.ToCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static Task<IResult> PatchAsync(Guid id, JsonElement patch, IDispatcher dispatcher, HttpContext context, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        JsonMergePatch.PatchAsync(context, patch, json.Value.SerializerOptions,
            () => dispatcher.QueryAsync(new GetCostCenterQuery(id), cancellationToken),
            CostCenterRequest.From,
            (merged, version) => dispatcher.SendAsync(merged.ToCommand(id, version), cancellationToken));

    private static async Task<IResult> DeleteAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        await dispatcher.SendAsync(new DeleteCostCenterCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.NoContent();
    }
}
