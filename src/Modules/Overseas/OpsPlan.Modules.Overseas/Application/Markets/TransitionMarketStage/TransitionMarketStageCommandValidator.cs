using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.TransitionMarketStage;

internal sealed class TransitionMarketStageCommandValidator : AbstractValidator<TransitionMarketStageCommand>
{
    public TransitionMarketStageCommandValidator()
    {
        RuleFor(command => command.Stage).NotNull().IsInEnum();
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(1000).WithMessage("Say why the market moves (1-1,000 characters): the history keeps it.");
    }
}
