using OpsPlan.Modules.Lifecycle.Contracts.Requirements;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.UpdateRequirement;

internal sealed class UpdateRequirementCommandHandler(IRequirementRepository requirements, IFeedbackRepository feedback, IClock clock)
    : ICommandHandler<UpdateRequirementCommand, RequirementDto>
{
    public async Task<RequirementDto> Handle(UpdateRequirementCommand request, CancellationToken cancellationToken)
    {
        var requirement = await requirements.GetAsync(request.ProductId, request.Id, request.ExpectedVersion, cancellationToken);
        requirement.Revise(await feedback.FieldsOfAsync(request.ProductId, request.Fields, cancellationToken), clock.UtcNow);
        await requirements.UpdateAsync([requirement], cancellationToken);
        return RequirementRow.ToDto(requirement);
    }
}
