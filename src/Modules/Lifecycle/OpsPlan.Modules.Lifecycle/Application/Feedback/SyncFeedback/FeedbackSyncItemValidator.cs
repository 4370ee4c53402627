using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.SyncFeedback;

internal sealed class FeedbackSyncItemValidator : AbstractValidator<FeedbackSyncItem>
{
    public FeedbackSyncItemValidator(IClock clock)
    {
        RuleFor(item => item.ExternalId).NotEmpty().ExternalId();
        RuleFor(item => item.ProductId).NotEmpty();
        RuleFor(item => item.ReceivedAt).NotEmpty();
        this.ContentFields(item => item.Source, item => item.Rating, item => item.Category, item => item.Text, item => item.ReceivedAt, clock);
    }
}
