namespace OpsPlan.Modules.Overseas.Application;

/// <summary>Statements the module's use cases share.</summary>
internal static class OverseasSql
{
    public const string MarketExistsSql = "SELECT COUNT(*) FROM overseas.markets WHERE id = @MarketId";
}
