using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Points;

namespace OpsPlan.Modules.Growth.Application.Points.RecordPointsEntry;

internal sealed class RecordPointsEntryCommandValidator : AbstractValidator<RecordPointsEntryCommand>
{
    public const long MaxPoints = 1_000_000_000;

    public RecordPointsEntryCommandValidator()
    {
        RuleFor(command => command.Key).NotEmpty().ExternalId();
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.Points).InclusiveBetween(1, MaxPoints).WithMessage($"An entry moves 1 to {MaxPoints:N0} points; its kind says which way.");
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
    }
}
