using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback;

/// <summary>The checks feedback shares between one item typed in and many imported; a received time lies no more than a day ahead.</summary>
internal static class FeedbackRules
{
    public const int TextMaxLength = 4000;

    public static void ContentFields<T>(this AbstractValidator<T> validator, Func<T, FeedbackSource?> source, Func<T, int?> rating, Func<T, FeedbackCategory?> category,
        Func<T, string> text, Func<T, DateTime?> receivedAt, IClock clock)
    {
        validator.RuleFor(item => source(item)).NotNull().IsInEnum().OverridePropertyName("source");
        validator.RuleFor(item => rating(item)).InclusiveBetween(1, 5).WithMessage("A rating is from 1 to 5.").OverridePropertyName("rating");
        validator.RuleFor(item => category(item)).NotNull().IsInEnum().OverridePropertyName("category");
        validator.RuleFor(item => text(item)).NotEmpty().MaximumLength(TextMaxLength).OverridePropertyName("text");
        validator.RuleFor(item => receivedAt(item)).Must(at => at >= DateBounds.EarliestMoment && at <= clock.UtcNow.AddDays(1))
            .When(item => receivedAt(item) is not null).WithMessage("Feedback is received between 1900 and a day from now.").OverridePropertyName("receivedAt");
    }

    public static FeedbackContent ContentOf(FeedbackSource? source, int? rating, FeedbackCategory? category, string text, DateTime receivedAt) =>
        new(source!.Value, rating, category!.Value, text, SystemClock.TruncateToMicroseconds(receivedAt));
}
