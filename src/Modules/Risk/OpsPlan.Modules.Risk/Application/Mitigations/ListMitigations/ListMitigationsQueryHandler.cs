using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.ListMitigations;

/// <summary>A risk's mitigations (<c>riskId</c>), or all of them; <c>overdue=true</c> is the overdue list.</summary>
internal sealed class ListMitigationsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock)
    : IQueryHandler<ListMitigationsQuery, Page<MitigationDto>>
{
    private const string RiskExistsSql = "SELECT COUNT(*) FROM risk.risks WHERE id = @RiskId";
    private const string OverdueCondition = "due_date < @Today AND status IN ('planned', 'in-progress')";
    private const string NotOverdueCondition = "NOT (due_date IS NOT NULL AND due_date < @Today AND status IN ('planned', 'in-progress'))";

    public async Task<Page<MitigationDto>> Handle(ListMitigationsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        if (request.RiskId is { } riskId)
        {
            await connection.EnsureExistsAsync(RiskExistsSql, new { RiskId = riskId }, "Risk", riskId, cancellationToken);
        }

        var today = clock.Today;
        var list = new KeysetListSql(MitigationRow.SelectFromSql, request)
            .WhereIfPresent(request.RiskId, "risk_id = @RiskId", "RiskId")
            .WhereAnyOf(request.Status, "status", "Status")
            .WhereIfPresent(request.Owner, "owner = @Owner", "Owner");
        if (request.Overdue is { } overdue)
        {
            list.Where(overdue ? OverdueCondition : NotOverdueCondition).WithParameter("Today", today);
        }

        return await list.ReadAsync(connection, connectionFactory.Dialect, (MitigationRow row) => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto(today), cancellationToken);
    }
}
