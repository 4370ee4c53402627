using OpsPlan.Modules.Overseas.Contracts.Localization;
using OpsPlan.Modules.Overseas.Domain.Localization;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Localization.CreateLocalizationTask;

internal sealed class CreateLocalizationTaskCommandHandler(IMarketRepository markets, ILocalizationTaskRepository tasks, IClock clock)
    : ICommandHandler<CreateLocalizationTaskCommand, LocalizationTaskDto>
{
    public async Task<LocalizationTaskDto> Handle(CreateLocalizationTaskCommand request, CancellationToken cancellationToken)
    {
        var market = await markets.GetAsync(request.MarketId, null, cancellationToken);
        DueDates.EnsureNotBefore(request.Fields.DueDate, clock.Today);
        var task = LocalizationTask.Plan(market.Id, LocalizationTaskRules.WorkOf(request.Fields), clock.UtcNow);
        await tasks.AddAsync(task, cancellationToken);
        return LocalizationTaskRow.ToDto(task, clock.Today);
    }
}
