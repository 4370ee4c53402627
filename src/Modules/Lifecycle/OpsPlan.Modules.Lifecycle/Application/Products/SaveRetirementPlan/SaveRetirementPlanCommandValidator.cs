using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.SaveRetirementPlan;

internal sealed class SaveRetirementPlanCommandValidator : AbstractValidator<SaveRetirementPlanCommand>
{
    public SaveRetirementPlanCommandValidator()
    {
        RuleFor(command => command.Plan.AnnouncementDate).NotNull().WithinDateBounds().OverridePropertyName("announcementDate");
        RuleFor(command => command.Plan.EndOfSale).NotNull().WithinDateBounds().OverridePropertyName("endOfSale");
        RuleFor(command => command.Plan.EndOfSupport).NotNull().WithinDateBounds().OverridePropertyName("endOfSupport");
        RuleFor(command => command.Plan.EndOfSale).GreaterThanOrEqualTo(command => command.Plan.AnnouncementDate)
            .When(command => command.Plan is { AnnouncementDate: not null, EndOfSale: not null })
            .WithMessage("Sales end on or after the announcement.").OverridePropertyName("endOfSale");
        RuleFor(command => command.Plan.EndOfSupport).GreaterThanOrEqualTo(command => command.Plan.EndOfSale)
            .When(command => command.Plan is { EndOfSale: not null, EndOfSupport: not null })
            .WithMessage("Support ends on or after the end of sale.").OverridePropertyName("endOfSupport");
        RuleFor(command => command.Plan.MigrationTargetProductId).NotEqual(command => command.ProductId)
            .WithMessage("A product cannot migrate its users to itself.").OverridePropertyName("migrationTargetProductId");
        RuleFor(command => command.Plan.CompensationPolicy).MaximumLength(4000).OverridePropertyName("compensationPolicy");
        RuleFor(command => command.Plan.CompensationPolicy).NotEmpty()
            .When(command => command.Plan.MigrationTargetProductId is null)
            .WithMessage("Say what users get: a migration target product, a compensation policy, or both.").OverridePropertyName("compensationPolicy");
    }
}
