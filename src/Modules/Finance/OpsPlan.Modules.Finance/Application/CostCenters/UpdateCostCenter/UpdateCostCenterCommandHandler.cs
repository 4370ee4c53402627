using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.UpdateCostCenter;

internal sealed class UpdateCostCenterCommandHandler(ICostCenterRepository costCenters, IClock clock) : ICommandHandler<UpdateCostCenterCommand, CostCenterDto>
{
    public async Task<CostCenterDto> Handle(UpdateCostCenterCommand request, CancellationToken cancellationToken)
    {
        var costCenter = await costCenters.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        IReadOnlyList<Guid> ancestors = [];
        if (request.ParentId is { } parentId)
        {
            if (parentId != costCenter.Id && !await costCenters.ExistsAsync(parentId, cancellationToken))
            {
                throw RequestValidationException.For("parentId", "No cost center has this id.");
            }

            ancestors = await costCenters.ChainToRootAsync(parentId, cancellationToken);
        }

        costCenter.Update(request.Name, request.Owner, request.ParentId, ancestors, request.Archived, clock.UtcNow);
        await costCenters.UpdateAsync(costCenter, cancellationToken);
        return CostCenterRow.ToDto(costCenter);
    }
}
