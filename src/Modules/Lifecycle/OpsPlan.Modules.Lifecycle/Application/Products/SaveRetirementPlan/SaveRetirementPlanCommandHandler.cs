using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.SaveRetirementPlan;

/// <summary>Writes the product's retirement plan: the first one as a draft, later ones over the draft (If-Match on the plan's version).</summary>
internal sealed class SaveRetirementPlanCommandHandler(IProductRepository products, IClock clock) : ICommandHandler<SaveRetirementPlanCommand, RetirementPlanDto>
{
    public async Task<RetirementPlanDto> Handle(SaveRetirementPlanCommand request, CancellationToken cancellationToken)
    {
        var product = await products.GetAsync(request.ProductId, null, cancellationToken);
        if (product.Stage is ProductStage.Retired or ProductStage.Cancelled)
        {
            throw new BusinessRuleException(RetirementPlanRules.ProductClosed, $"A {EnumText.ToText(product.Stage)} product needs no retirement plan.");
        }

        var plan = request.Plan;
        if (plan.MigrationTargetProductId is { } target && !await products.ExistsAsync(target, cancellationToken))
        {
            throw RequestValidationException.For("migrationTargetProductId", "No product has this id.");
        }

        var terms = new RetirementTerms(plan.AnnouncementDate!.Value, plan.EndOfSale!.Value, plan.EndOfSupport!.Value, plan.MigrationTargetProductId,
            plan.CompensationPolicy);
        var now = clock.UtcNow;
        var existing = await products.FindPlanAsync(product.Id, cancellationToken);
        if (existing is null)
        {
            ExpectedVersion.Check(request.ExpectedVersion, 0);
            var drafted = RetirementPlan.Draft(product.Id, terms, now);
            await products.AddPlanAsync(drafted, cancellationToken);
            return RetirementPlanRow.ToDto(drafted);
        }

        ExpectedVersion.Check(request.ExpectedVersion, existing.Version);
        existing.Revise(terms, now);
        await products.UpdatePlanAsync(existing, cancellationToken);
        return RetirementPlanRow.ToDto(existing);
    }
}
