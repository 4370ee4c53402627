using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Application.Views;

/// <summary>
/// The filters the register's views share. Closed risks are history, not exposure, so they are left out unless a
/// caller asks for status=closed.
/// </summary>
internal sealed record RiskViewFilter(string Where, DynamicParameters Parameters)
{
    public static RiskViewFilter Build(RiskCategory? category, RiskStatus? status, string? owner)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        if (category is { } presentCategory)
        {
            conditions.Add("category = @Category");
            parameters.Add("Category", EnumText.ToText(presentCategory));
        }

        if (status is { } presentStatus)
        {
            conditions.Add("status = @Status");
            parameters.Add("Status", EnumText.ToText(presentStatus));
        }
        else
        {
            conditions.Add("status <> 'closed'");
        }

        if (owner is not null)
        {
            conditions.Add("owner = @Owner");
            parameters.Add("Owner", owner);
        }

        return new RiskViewFilter(string.Join(" AND ", conditions), parameters);
    }
}
