using OpsPlan.Modules.Skeleton.Contracts.Widgets;

namespace OpsPlan.Modules.Skeleton.Application.Widgets.CreateWidget;

internal sealed class CreateWidgetCommandValidator : AbstractValidator<CreateWidgetCommand>
{
    public CreateWidgetCommandValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200).SingleLine();
        RuleFor(command => command.Description).MaximumLength(4000);
    }
}
