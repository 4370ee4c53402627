using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.ApproveRetirementPlan;

internal sealed class ApproveRetirementPlanCommandHandler(IProductRepository products, ICurrentUser user, IClock clock)
    : ICommandHandler<ApproveRetirementPlanCommand, RetirementPlanDto>
{
    public async Task<RetirementPlanDto> Handle(ApproveRetirementPlanCommand request, CancellationToken cancellationToken)
    {
        var plan = await products.FindPlanAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("RetirementPlan", request.ProductId);
        ExpectedVersion.Check(request.ExpectedVersion, plan.Version);
        plan.Approve(user.Id, clock.UtcNow);
        await products.UpdatePlanAsync(plan, cancellationToken);
        return RetirementPlanRow.ToDto(plan);
    }
}
