using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Events;
using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.TransitionProductStage;

/// <summary>Moves a product's stage through its gates, records the move and publishes it (and a retirement).</summary>
internal sealed class TransitionProductStageCommandHandler(IProductRepository products, IOutbox outbox, ICurrentUser user, IClock clock)
    : ICommandHandler<TransitionProductStageCommand, ProductDto>
{
    public async Task<ProductDto> Handle(TransitionProductStageCommand request, CancellationToken cancellationToken)
    {
        var product = await products.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var target = request.Stage!.Value;
        var from = product.Stage;
        var plan = target == ProductStage.Retired ? await products.FindPlanAsync(product.Id, cancellationToken) : null;
        var missing = await MissingForAsync(product, target, plan, cancellationToken);
        var now = clock.UtcNow;
        var change = product.MoveTo(target, missing, request.Reason!, user.Id, now);

        await products.UpdateAsync(product, cancellationToken);
        await products.AddStageChangeAsync(change, cancellationToken);
        await outbox.EnqueueAsync(new ProductStageChanged(product.Id, product.Name, from, target, change.Reason, change.ChangedBy, now), cancellationToken);
        if (target == ProductStage.Retired)
        {
            await outbox.EnqueueAsync(new ProductRetired(product.Id, product.Name, now, plan!.Terms.EndOfSupport, plan.Terms.MigrationTargetProductId), cancellationToken);
        }

        return ProductRow.ToDto(product);
    }

    private async Task<IReadOnlyList<string>> MissingForAsync(Product product, ProductStage target, RetirementPlan? plan, CancellationToken cancellationToken) => target switch
    {
        ProductStage.Launch when !await products.HasReleaseAsync(product.Id, cancellationToken) =>
            ["A release: record the version that launches under /products/{id}/releases first."],
        ProductStage.Retired when plan is null => ["An approved retirement plan: write one under /products/{id}/retirement-plan and approve it."],
        ProductStage.Retired when plan.Status != RetirementPlanStatus.Approved => ["An approved retirement plan: the plan is still a draft; approve it first."],
        _ => [],
    };
}
