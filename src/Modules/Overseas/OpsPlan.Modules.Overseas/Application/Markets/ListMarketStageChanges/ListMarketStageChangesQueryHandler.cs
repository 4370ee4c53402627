using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.ListMarketStageChanges;

/// <summary>A market's stage history, newest first (404 for an unknown market).</summary>
internal sealed class ListMarketStageChangesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListMarketStageChangesQuery, Page<MarketStageChangeDto>>
{
    private const string SelectFromSql = """
        SELECT id AS Id, from_stage AS FromStatus, to_stage AS ToStatus, changed_at AS ChangedAt, changed_by AS ChangedBy, reason AS Reason
        FROM overseas.stage_history
        """;

    private const string MarketExistsSql = "SELECT COUNT(*) FROM overseas.markets WHERE id = @OwnerId";

    private static readonly StatusHistory History = new(SelectFromSql, "market_id", MarketExistsSql, "Market");

    public Task<Page<MarketStageChangeDto>> Handle(ListMarketStageChangesQuery request, CancellationToken cancellationToken) =>
        History.ReadAsync(connectionFactory, request.MarketId, request, (StatusChangeRow<MarketStage> row) => new MarketStageChangeDto
        {
            Id = row.Id, From = row.From, To = row.To, ChangedAt = row.ChangedAt, ChangedBy = row.ChangedBy, Reason = row.Reason,
        }, cancellationToken);
}
