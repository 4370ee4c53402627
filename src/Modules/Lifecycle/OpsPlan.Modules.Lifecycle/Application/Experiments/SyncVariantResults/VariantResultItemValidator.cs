using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.SyncVariantResults;

internal sealed class VariantResultItemValidator : AbstractValidator<VariantResultItem>
{
    public VariantResultItemValidator()
    {
        RuleFor(item => item.ExperimentId).NotEmpty();
        RuleFor(item => item.Variant).NotEmpty().MaximumLength(40);
        RuleFor(item => item.Exposures).GreaterThanOrEqualTo(0);
        RuleFor(item => item.Conversions).GreaterThanOrEqualTo(0);
        RuleFor(item => item.Conversions).LessThanOrEqualTo(item => item.Exposures).WithMessage("A variant converts at most as many users as it exposed.");
    }
}
