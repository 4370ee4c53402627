using OpsPlan.Modules.Overseas.Contracts.Localization;
using OpsPlan.Modules.Overseas.Domain.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.UpdateLocalizationTask;

internal sealed class UpdateLocalizationTaskCommandHandler(ILocalizationTaskRepository tasks, IClock clock) : ICommandHandler<UpdateLocalizationTaskCommand, LocalizationTaskDto>
{
    public async Task<LocalizationTaskDto> Handle(UpdateLocalizationTaskCommand request, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(request.MarketId, request.Id, request.ExpectedVersion, cancellationToken);
        DueDates.EnsureNotBefore(request.Fields.DueDate, task.CreatedOn);
        task.Describe(LocalizationTaskRules.WorkOf(request.Fields), clock.UtcNow);
        await tasks.UpdateAsync(task, cancellationToken);
        return LocalizationTaskRow.ToDto(task, clock.Today);
    }
}
