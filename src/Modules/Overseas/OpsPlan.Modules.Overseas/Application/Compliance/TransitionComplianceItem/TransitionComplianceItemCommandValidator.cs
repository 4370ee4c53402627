using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Compliance;

namespace OpsPlan.Modules.Overseas.Application.Compliance.TransitionComplianceItem;

internal sealed class TransitionComplianceItemCommandValidator : AbstractValidator<TransitionComplianceItemCommand>
{
    public TransitionComplianceItemCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Reason).MaximumLength(1000);
        RuleFor(command => command.Reason).NotEmpty().When(command => command.Status == ComplianceStatus.NotApplicable)
            .WithMessage("Say why the requirement does not apply: the auditors read this.");
    }
}
