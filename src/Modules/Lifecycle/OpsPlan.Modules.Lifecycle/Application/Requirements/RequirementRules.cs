using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Requirements;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Releases;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements;

/// <summary>The checks a requirement's fields share across create and replace.</summary>
internal static class RequirementRules
{
    public const int MaxFeedbackLinks = 100;

    public static void RequirementFields<T>(this AbstractValidator<T> validator, Func<T, RequirementRequest> fields)
    {
        validator.RuleFor(command => fields(command).Title).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
        validator.RuleFor(command => fields(command).Description).MaximumLength(4000).OverridePropertyName("description");
        validator.RuleFor(command => fields(command).Source).IsInEnum().OverridePropertyName("source");
        validator.RuleFor(command => fields(command).Priority).NotNull().IsInEnum().OverridePropertyName("priority");
        validator.RuleFor(command => fields(command).FeedbackIds).Must(ids => ids!.Count <= MaxFeedbackLinks && ids.Distinct().Count() == ids.Count && !ids.Contains(Guid.Empty))
            .When(command => fields(command).FeedbackIds is not null)
            .WithMessage($"At most {MaxFeedbackLinks} distinct feedback ids.").OverridePropertyName("feedbackIds");
        validator.RuleFor(command => fields(command).TargetVersion).Must(SemanticVersion.IsValid).When(command => fields(command).TargetVersion is not null)
            .WithMessage(SemanticVersion.Explanation).OverridePropertyName("targetVersion");
    }

    /// <summary>The fields a command asks for, once its linked feedback is known to belong to the product (400 on <c>feedbackIds</c> otherwise).</summary>
    public static async Task<RequirementFields> FieldsOfAsync(this IFeedbackRepository feedback, Guid productId, RequirementRequest request, CancellationToken cancellationToken)
    {
        var ids = request.FeedbackIds ?? [];
        var found = await feedback.FindAsync(productId, ids, cancellationToken);
        var unknown = ids.Except(found.Select(item => item.Id)).ToList();
        if (unknown.Count > 0)
        {
            throw RequestValidationException.For("feedbackIds", "No feedback item of this product has the id " + string.Join(", ", unknown) + ".");
        }

        return new RequirementFields(request.Title, request.Description, request.Source ?? RequirementSource.Research, request.Priority!.Value, ids, request.TargetVersion);
    }
}
