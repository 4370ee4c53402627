using OpsPlan.Modules.Lifecycle.Contracts.Requirements;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Products;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.CreateRequirement;

internal sealed class CreateRequirementCommandHandler(IProductRepository products, IRequirementRepository requirements, IFeedbackRepository feedback, IClock clock)
    : ICommandHandler<CreateRequirementCommand, RequirementDto>
{
    public async Task<RequirementDto> Handle(CreateRequirementCommand request, CancellationToken cancellationToken)
    {
        if (!await products.ExistsAsync(request.ProductId, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var requirement = Requirement.Propose(request.ProductId, await feedback.FieldsOfAsync(request.ProductId, request.Fields, cancellationToken), clock.UtcNow);
        await requirements.AddAsync(requirement, cancellationToken);
        return RequirementRow.ToDto(requirement);
    }
}
