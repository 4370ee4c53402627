using OpsPlan.Modules.Partners.Contracts.DueDiligence;

namespace OpsPlan.Modules.Partners.Application.DueDiligence.SubmitDueDiligenceEvidence;

internal sealed class SubmitDueDiligenceEvidenceCommandValidator : AbstractValidator<SubmitDueDiligenceEvidenceCommand>
{
    public SubmitDueDiligenceEvidenceCommandValidator() => RuleFor(command => command.Evidence).NotEmpty().MaximumLength(2000);
}
