using OpsPlan.Modules.Lifecycle.Contracts.Releases;
using OpsPlan.Modules.Lifecycle.Domain.Releases;

namespace OpsPlan.Modules.Lifecycle.Application.Releases.CreateRelease;

internal sealed class CreateReleaseCommandValidator : AbstractValidator<CreateReleaseCommand>
{
    private const int MaxLinks = 500;

    public CreateReleaseCommandValidator()
    {
        RuleFor(command => command.Fields.Version).NotEmpty().Must(SemanticVersion.IsValid).WithMessage(SemanticVersion.Explanation).OverridePropertyName("version");
        RuleFor(command => command.Fields.ReleasedOn).WithinDateBounds().OverridePropertyName("releasedOn");
        RuleFor(command => command.Fields.Type).NotNull().IsInEnum().OverridePropertyName("type");
        RuleFor(command => command.Fields.Notes).MaximumLength(4000).OverridePropertyName("notes");
        RuleFor(command => command.Fields.RequirementIds).Must(Distinct).When(command => command.Fields.RequirementIds is not null)
            .WithMessage($"At most {MaxLinks} distinct ids.").OverridePropertyName("requirementIds");
        RuleFor(command => command.Fields.FeedbackIds).Must(Distinct).When(command => command.Fields.FeedbackIds is not null)
            .WithMessage($"At most {MaxLinks} distinct ids.").OverridePropertyName("feedbackIds");
    }

    private static bool Distinct(IReadOnlyList<Guid>? ids) => ids!.Count <= MaxLinks && ids.Distinct().Count() == ids.Count;
}
