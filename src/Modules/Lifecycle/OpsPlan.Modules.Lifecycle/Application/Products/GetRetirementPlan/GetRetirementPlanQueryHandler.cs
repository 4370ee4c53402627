using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.GetRetirementPlan;

internal sealed class GetRetirementPlanQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetRetirementPlanQuery, RetirementPlanDto>
{
    public async Task<RetirementPlanDto> Handle(GetRetirementPlanQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        return (await connection.SingleOrNotFoundAsync<RetirementPlanRow>(RetirementPlanRules.PlanSql, new { request.ProductId }, "RetirementPlan", request.ProductId,
            cancellationToken)).ToDto();
    }
}
