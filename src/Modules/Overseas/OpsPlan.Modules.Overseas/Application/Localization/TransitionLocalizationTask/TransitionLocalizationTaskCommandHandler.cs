using OpsPlan.Modules.Overseas.Contracts.Localization;
using OpsPlan.Modules.Overseas.Domain.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.TransitionLocalizationTask;

internal sealed class TransitionLocalizationTaskCommandHandler(ILocalizationTaskRepository tasks, IClock clock)
    : ICommandHandler<TransitionLocalizationTaskCommand, LocalizationTaskDto>
{
    public async Task<LocalizationTaskDto> Handle(TransitionLocalizationTaskCommand request, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(request.MarketId, request.Id, request.ExpectedVersion, cancellationToken);
        task.MoveTo(request.Status!.Value, request.Note, clock.UtcNow);
        await tasks.UpdateAsync(task, cancellationToken);
        return LocalizationTaskRow.ToDto(task, clock.Today);
    }
}
