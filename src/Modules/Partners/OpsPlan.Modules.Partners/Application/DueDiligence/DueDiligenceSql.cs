namespace OpsPlan.Modules.Partners.Application.DueDiligence;

internal static class DueDiligenceSql
{
    /// <summary>A partner's checklist (<c>@PartnerId</c>) in its order.</summary>
    public const string ChecklistSql = DueDiligenceItemRow.SelectFromSql + " WHERE partner_id = @PartnerId ORDER BY position";
}
