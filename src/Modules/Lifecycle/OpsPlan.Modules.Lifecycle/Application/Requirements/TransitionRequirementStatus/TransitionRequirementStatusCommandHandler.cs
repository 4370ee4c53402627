using OpsPlan.Modules.Lifecycle.Contracts.Requirements;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.TransitionRequirementStatus;

internal sealed class TransitionRequirementStatusCommandHandler(IRequirementRepository requirements, IClock clock)
    : ICommandHandler<TransitionRequirementStatusCommand, RequirementDto>
{
    public async Task<RequirementDto> Handle(TransitionRequirementStatusCommand request, CancellationToken cancellationToken)
    {
        var requirement = await requirements.GetAsync(request.ProductId, request.Id, request.ExpectedVersion, cancellationToken);
        requirement.MoveTo(request.Status!.Value, clock.UtcNow);
        await requirements.UpdateAsync([requirement], cancellationToken);
        return RequirementRow.ToDto(requirement);
    }
}
