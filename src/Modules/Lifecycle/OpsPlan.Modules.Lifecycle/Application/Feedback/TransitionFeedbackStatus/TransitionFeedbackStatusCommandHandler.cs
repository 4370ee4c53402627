using OpsPlan.Modules.Lifecycle.Contracts.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.TransitionFeedbackStatus;

internal sealed class TransitionFeedbackStatusCommandHandler(IFeedbackRepository feedback, IClock clock) : ICommandHandler<TransitionFeedbackStatusCommand, FeedbackDto>
{
    public async Task<FeedbackDto> Handle(TransitionFeedbackStatusCommand request, CancellationToken cancellationToken)
    {
        var item = await feedback.GetAsync(request.ProductId, request.Id, request.ExpectedVersion, cancellationToken);
        item.MoveTo(request.Status!.Value, clock.UtcNow);
        await feedback.UpdateAsync([item], cancellationToken);
        return FeedbackRow.ToDto(item);
    }
}
