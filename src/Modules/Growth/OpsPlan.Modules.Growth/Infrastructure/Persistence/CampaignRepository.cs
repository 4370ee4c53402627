using OpsPlan.Modules.Growth.Application.Campaigns;
using OpsPlan.Modules.Growth.Application.Segments.Rules;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

internal sealed class CampaignRepository(IUnitOfWork unitOfWork) : ICampaignRepository
{
    private const string SelectSql = CampaignRow.SelectFromSql + " WHERE id = @Id";
    private const string DueSql = CampaignRow.SelectFromSql + " WHERE status_due_at IS NOT NULL AND status_due_at <= @Now ORDER BY status_due_at, id";
    private const string CountingSql = CampaignRow.SelectFromSql
        + " WHERE status IN ('scheduled', 'running', 'completed') AND starts_at <= @To AND ends_at > @From";

    private const string OpenWinBackSql = """
        SELECT COUNT(*) FROM growth.campaigns
        WHERE goal = 'win-back' AND product_id = @ProductId AND status IN ('draft', 'scheduled', 'running')
        """;

    private const string InsertSql = """
        INSERT INTO growth.campaigns (id, name, goal, conversion_event, segment_id, channel_id, product_id, starts_at, ends_at, budget_minor, budget_currency,
                                      offer_kind, offer_points, offer_detail, status, status_changed_at, status_due_at, created_at, updated_at, version)
        VALUES (@Id, @Name, @Goal, @ConversionEvent, @SegmentId, @ChannelId, @ProductId, @StartsAt, @EndsAt, @BudgetMinor, @BudgetCurrency,
                @OfferKind, @OfferPoints, @OfferDetail, @Status, @StatusChangedAt, @StatusDueAt, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE growth.campaigns
        SET name = @Name, goal = @Goal, conversion_event = @ConversionEvent, segment_id = @SegmentId, channel_id = @ChannelId, product_id = @ProductId,
            starts_at = @StartsAt, ends_at = @EndsAt, budget_minor = @BudgetMinor, budget_currency = @BudgetCurrency, offer_kind = @OfferKind,
            offer_points = @OfferPoints, offer_detail = @OfferDetail, status = @Status, status_changed_at = @StatusChangedAt, status_due_at = @StatusDueAt,
            updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    // The members are chosen in SQL, as the segment's size is: nothing but their ids crosses to the application.
    private const string FreezeSql = "INSERT INTO growth.campaign_audience (campaign_id, customer_id) SELECT @CampaignId, id FROM growth.customers WHERE " + SegmentFilter.Eligible;
    private const string DropSql = "DELETE FROM growth.campaign_audience WHERE campaign_id = @CampaignId";
    private const string ConvertSql = """
        UPDATE growth.campaign_audience SET converted_at = @At
        WHERE campaign_id = @CampaignId AND customer_id = @CustomerId AND converted_at IS NULL
        """;

    private const string SpendSql = CampaignSpendRow.SelectFromSql + " WHERE id = @Id";
    private const string InsertSpendSql = """
        INSERT INTO growth.campaign_spend (id, campaign_id, amount_minor, currency, spent_on, cost_center_id, description, booking, finance_transaction_id,
                                           booking_error, created_at, updated_at, version)
        VALUES (@Id, @CampaignId, @AmountMinor, @Currency, @SpentOn, @CostCenterId, @Description, @Booking, @FinanceTransactionId,
                @BookingError, @CreatedAt, @UpdatedAt, @Version)
        """;
    private const string UpdateSpendSql = """
        UPDATE growth.campaign_spend SET booking = @Booking, finance_transaction_id = @FinanceTransactionId, booking_error = @BookingError,
            updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<Campaign> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<CampaignRow>(SelectSql, new { Id = id }, "Campaign", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<IReadOnlyList<Campaign>> DueAsync(DateTime now, int limit, CancellationToken cancellationToken) =>
        (await unitOfWork.QueryAsync<CampaignRow>(DueSql + " " + unitOfWork.Dialect.LimitClause("@Limit"), new { Now = now, Limit = limit }, cancellationToken))
            .Select(row => row.ToDomain()).ToList();

    public async Task<IReadOnlyList<Campaign>> CountingBetweenAsync(DateTime from, DateTime to, CancellationToken cancellationToken) =>
        (await unitOfWork.QueryAsync<CampaignRow>(CountingSql, new { From = from, To = to }, cancellationToken)).Select(row => row.ToDomain()).ToList();

    public async Task<bool> OpenWinBackExistsAsync(Guid productId, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(OpenWinBackSql, new { ProductId = productId }, cancellationToken) > 0;

    public async Task<bool> SegmentExistsAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM growth.segments WHERE id = @Id", new { Id = id }, cancellationToken) > 0;

    public async Task<bool> ChannelExistsAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM growth.channels WHERE id = @Id", new { Id = id }, cancellationToken) > 0;

    public Task AddAsync(Campaign campaign, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, CampaignRow.Parameters(campaign), cancellationToken);

    public Task UpdateAsync(Campaign campaign, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, CampaignRow.Parameters(campaign), cancellationToken);

    public Task FreezeAudienceAsync(Guid campaignId, string membersCondition, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var bound = new DynamicParameters(parameters);
        bound.Add("CampaignId", campaignId);
        return unitOfWork.ExecuteAsync(FreezeSql + " AND " + membersCondition, bound, cancellationToken);
    }

    public Task DropAudienceAsync(Guid campaignId, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(DropSql, new { CampaignId = campaignId }, cancellationToken);

    public async Task<int> MarkConvertedAsync(Guid campaignId, IReadOnlyCollection<(Guid CustomerId, DateTime At)> conversions, CancellationToken cancellationToken) =>
        conversions.Count == 0 ? 0 : await unitOfWork.ExecuteAsync(ConvertSql,
            conversions.Select(conversion => new { CampaignId = campaignId, conversion.CustomerId, conversion.At }).ToList(), cancellationToken);

    public async Task<bool> TryMarkConvertedAsync(Guid campaignId, Guid customerId, DateTime at, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteAsync(ConvertSql, new { CampaignId = campaignId, CustomerId = customerId, At = at }, cancellationToken) == 1;

    public Task AddSpendAsync(CampaignSpend spend, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSpendSql, CampaignSpendRow.Parameters(spend), cancellationToken);

    public async Task<CampaignSpend> GetSpendAsync(Guid id, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<CampaignSpendRow>(SpendSql, new { Id = id }, "Campaign spend", id, null, cancellationToken)).ToDomain();

    public Task UpdateSpendAsync(CampaignSpend spend, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSpendSql, CampaignSpendRow.Parameters(spend), cancellationToken);
}
