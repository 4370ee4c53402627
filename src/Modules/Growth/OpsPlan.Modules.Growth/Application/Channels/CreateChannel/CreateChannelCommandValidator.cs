using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.CreateChannel;

internal sealed class CreateChannelCommandValidator : AbstractValidator<CreateChannelCommand>
{
    public CreateChannelCommandValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200).SingleLine();
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.Status).IsInEnum();
    }
}
