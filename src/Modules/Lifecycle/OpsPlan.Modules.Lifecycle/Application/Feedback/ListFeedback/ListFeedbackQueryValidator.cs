using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.ListFeedback;

internal sealed class ListFeedbackQueryValidator : ListQueryValidator<ListFeedbackQuery>
{
    public ListFeedbackQueryValidator()
        : base(FeedbackSorting.Keys)
    {
        RuleForEach(query => query.Status).IsInEnum();
        RuleForEach(query => query.Category).IsInEnum();
        RuleForEach(query => query.Source).IsInEnum();
        RuleFor(query => query.ExternalId).MaximumLength(TextRules.ExternalIdMaxLength);
    }
}
