using OpsPlan.Modules.Growth.Contracts.Activity;

namespace OpsPlan.Modules.Growth.Application.Activity.RecordActivity;

internal sealed class RecordActivityCommandValidator : AbstractValidator<RecordActivityCommand>
{
    public RecordActivityCommandValidator() =>
        RuleFor(command => command.Items).NotEmpty().Must(items => items.Count <= RecordActivityCommand.MaxItems)
            .WithMessage($"A batch has 1 to {RecordActivityCommand.MaxItems:N0} events.");
}
