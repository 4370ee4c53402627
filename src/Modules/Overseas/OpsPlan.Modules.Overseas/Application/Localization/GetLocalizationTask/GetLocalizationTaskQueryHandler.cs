using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.GetLocalizationTask;

internal sealed class GetLocalizationTaskQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetLocalizationTaskQuery, LocalizationTaskDto>
{
    private const string Sql = LocalizationTaskRow.SelectFromSql + " WHERE id = @Id AND market_id = @MarketId";

    public async Task<LocalizationTaskDto> Handle(GetLocalizationTaskQuery request, CancellationToken cancellationToken) =>
        LocalizationTaskRow.ToDto(
            (await connectionFactory.SingleOrNotFoundAsync<LocalizationTaskRow>(Sql, request, "Localization task", request.Id, cancellationToken)).ToDomain(), clock.Today);
}
