namespace OpsPlan.Modules.Lifecycle.Application.Products;

internal static class RetirementPlanRules
{
    public const string ProductClosed = "lifecycle.product-closed";

    public const string PlanSql = RetirementPlanRow.SelectFromSql + " WHERE product_id = @ProductId";
}
