using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>/api/v1/lifecycle/products: products, their stage workflow and history, time in stage and retirement plans.</summary>
internal static class ProductsEndpoints
{
    public static void MapProducts(this RouteGroupBuilder module)
    {
        var products = module.MapGroup("/products").WithTag(LifecycleApi.Products);

        products.MapPost("", CreateAsync).RequireAuthorization(LifecycleApi.Write).Creates<ProductDto>()
            .Named("CreateProduct", "Record a product", "It starts at concept. Names are unique (409 lifecycle.duplicate-product-name).");

        products.MapGet("", ListAsync).Lists<ProductDto>()
            .Named("ListProducts", "List products", "Filter by stage (several allowed) or owner; sort by name or stageChangedAt. Newest first by default.");

        products.MapGet("/stage-durations", StageDurationsAsync).Computes<StageDurationsDto>()
            .Named("GetStageDurations", "Time in each stage across products",
                "For each stage: the products that have been in it, how many are in it now, and their mean and median days there (the current stage counted to now).");

        products.MapGet("/{id:guid}", GetAsync).ReadsOne<ProductDto>().Named("GetProduct", "Get a product");

        products.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(LifecycleApi.Write).Changes<ProductDto>()
            .Named("ReplaceProduct", "Change a product's name, owner and description", "The stage moves only through a stage transition.");

        products.MapPost("/{id:guid}/stage-transitions", TransitionAsync).RequireAuthorization(LifecycleApi.Write).Changes<ProductDto>()
            .Named("TransitionProductStage", "Move a product to another stage",
                "concept → development → launch → growth → maturity → decline → retired; growth → decline; decline → growth (revival); concept or development → cancelled. "
                + "A move the workflow does not allow is 409 lifecycle.invalid-transition; launch needs a release and retired an approved retirement plan "
                + "(409 lifecycle.gate-not-met, listing what is missing). Every move is kept with who, when and why.");

        products.MapGet("/{id:guid}/stage-history", StageHistoryAsync).Lists<ProductStageChangeDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListProductStageChanges", "A product's stage moves, newest first");

        products.MapGet("/{id:guid}/stage-durations", ProductStageDurationsAsync).ReadsOne<ProductStageDurationsDto>()
            .Named("GetProductStageDurations", "How long a product spent in each stage", "Over every visit, the current stage counted to now.");

        products.MapPut("/{productId:guid}/retirement-plan", SavePlanAsync).RequireAuthorization(LifecycleApi.Write).Changes<RetirementPlanDto>()
            .Produces<RetirementPlanDto>(StatusCodes.Status201Created)
            .Named("SaveRetirementPlan", "Write a product's retirement plan",
                "201 the first time, 200 after. Dates in order (announcement ≤ end of sale ≤ end of support); a migration target, a compensation policy or both. "
                + "An approved plan no longer changes (409 lifecycle.plan-approved).");

        products.MapGet("/{productId:guid}/retirement-plan", GetPlanAsync).ReadsOne<RetirementPlanDto>()
            .Named("GetRetirementPlan", "A product's retirement plan");

        products.MapPost("/{productId:guid}/retirement-plan/approval", ApprovePlanAsync).RequireAuthorization(LifecycleApi.Write).Changes<RetirementPlanDto>()
            .Named("ApproveRetirementPlan", "Approve a product's retirement plan", "The gate to retired; records who approved it and when.");
    }

    private static async Task<IResult> CreateAsync(ProductRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var product = await dispatcher.SendAsync(new CreateProductCommand(request), cancellationToken);
        return ResourceResults.Created(context, $"{LifecycleApi.Prefix}/products/{product.Id}", product);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, [EnumValues<ProductStage>] [FromQuery] string[]? stage, string? owner, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListProductsQuery(errors.AnyOf<ProductStage>(stage, nameof(stage)), owner, limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> StageDurationsAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetStageDurationsQuery(), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetProductQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, ProductRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateProductCommand(id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid id, ProductStageTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionProductStageCommand(id, IfMatch.ExpectedVersion(context.Request), request.Stage, request.Reason), cancellationToken));

    private static async Task<IResult> StageHistoryAsync(Guid id, IDispatcher dispatcher, int? limit, string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListProductStageChangesQuery(id, limit, cursor), cancellationToken));

    private static async Task<IResult> ProductStageDurationsAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetProductStageDurationsQuery(id), cancellationToken));

    private static async Task<IResult> SavePlanAsync(Guid productId, RetirementPlanRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken)
    {
        var plan = await dispatcher.SendAsync(new SaveRetirementPlanCommand(productId, IfMatch.ExpectedVersion(context.Request), request), cancellationToken);
        return plan.Version == 1
            ? ResourceResults.Created(context, $"{LifecycleApi.Prefix}/products/{productId}/retirement-plan", plan)
            : ResourceResults.Ok(context, plan);
    }

    private static async Task<IResult> GetPlanAsync(Guid productId, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetRetirementPlanQuery(productId), cancellationToken));

    private static async Task<IResult> ApprovePlanAsync(Guid productId, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new ApproveRetirementPlanCommand(productId, IfMatch.ExpectedVersion(context.Request)), cancellationToken));
}
