namespace OpsPlan.Modules.Lifecycle.Application;

/// <summary>Reads several of the module's queries share.</summary>
internal static class LifecycleSql
{
    /// <summary>Counts the product <c>@ProductId</c>: the parent of every nested list and view must exist (404 otherwise).</summary>
    public const string ProductExistsSql = "SELECT COUNT(*) FROM lifecycle.products WHERE id = @ProductId";
}
