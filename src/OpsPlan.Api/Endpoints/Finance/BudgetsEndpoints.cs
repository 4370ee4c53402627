using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Api.Endpoints.Finance;

/// <summary>/api/v1/finance/budgets: plans per cost center and period, their workflow, revisions and variance.</summary>
internal static class BudgetsEndpoints
{
    public static void MapBudgets(this RouteGroupBuilder module)
    {
        var budgets = module.MapGroup("/budgets").WithTag(FinanceApi.Budgets);

        budgets.MapPost("", CreateAsync).RequireAuthorization(FinanceApi.Write).Creates<BudgetDto>()
            .Named("CreateBudget", "Draft a budget",
                "One budget per cost center and period (409 finance.duplicate-budget); lines in the budget's currency, one per category; warning threshold 80 % unless given.");

        budgets.MapGet("", ListAsync).Lists<BudgetDto>()
            .Named("ListBudgets", "List budgets", "Filter by cost center, period and status.");

        budgets.MapGet("/{id:guid}", GetAsync).ReadsOne<BudgetDto>()
            .Named("GetBudget", "Get a budget");

        budgets.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(FinanceApi.Write).Changes<BudgetDto>()
            .Named("ReplaceBudget", "Replace a draft budget's lines and threshold",
                "Only a draft is edited directly (else 409 finance.budget-not-editable); an approved budget changes through a revision.");

        budgets.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(FinanceApi.Write).Changes<BudgetDto>()
            .Named("TransitionBudgetStatus", "Move a budget along its workflow",
                "draft → submitted → approved → closed; submitted → draft sends it back. Otherwise 409 finance.invalid-transition. Approving checks the lines against the actuals at once.");

        budgets.MapPost("/{budgetId:guid}/revisions", ReviseAsync).RequireAuthorization(FinanceApi.Write)
            .Changes().ProducesProblem(StatusCodes.Status422UnprocessableEntity).Produces<BudgetRevisionDto>(StatusCodes.Status201Created)
            .Named("ReviseBudget", "Revise an approved budget",
                "Sets new amounts on the lines given (0 removes a line) and records who, when, why and the old and new amounts. "
                + "Only an approved budget (409 finance.budget-not-approved); a revision that changes nothing is 409 finance.revision-changes-nothing.");

        budgets.MapGet("/{budgetId:guid}/revisions", ListRevisionsAsync).Lists<BudgetRevisionDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListBudgetRevisions", "List a budget's revisions, newest first");

        budgets.MapGet("/{id:guid}/variance", VarianceAsync)
            .WithTag(FinanceApi.Views).ReadsOne<BudgetVarianceDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("GetBudgetVariance", "Budget against actuals, per line and in total",
                "Actual is net spend (outflow minus inflow) of the cost center, category and period in the budget's currency; projected extends the burn so far to the period's end. "
                + "409 finance.missing-exchange-rate when an amount cannot be converted.");
    }

    private static async Task<IResult> CreateAsync(CreateBudgetCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var budget = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/finance/budgets/{budget.Id}", budget);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, Guid? costCenterId, string? period, [EnumValues<BudgetStatus>] [FromQuery] string[]? status,
        int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListBudgetsQuery(costCenterId, period, errors.AnyOf<BudgetStatus>(status, nameof(status)), limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetBudgetQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, BudgetRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(request.ToCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid id, BudgetStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionBudgetStatusCommand(id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Reason), cancellationToken));

    private static async Task<IResult> ReviseAsync(Guid budgetId, BudgetRevisionRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var revision = await dispatcher.SendAsync(request.ToCommand(budgetId, IfMatch.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Created($"/api/v1/finance/budgets/{budgetId}/revisions", revision);
    }

    private static async Task<IResult> ListRevisionsAsync(Guid budgetId, IDispatcher dispatcher, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListBudgetRevisionsQuery(budgetId, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> VarianceAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetBudgetVarianceQuery(id), cancellationToken));
}
