using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.DeleteCostCenter;

internal sealed class DeleteCostCenterCommandHandler(ICostCenterRepository costCenters) : ICommandHandler<DeleteCostCenterCommand, CostCenterDto>
{
    public async Task<CostCenterDto> Handle(DeleteCostCenterCommand request, CancellationToken cancellationToken)
    {
        var costCenter = await costCenters.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (await costCenters.InUseAsync(costCenter.Id, cancellationToken))
        {
            throw new BusinessRuleException("finance.cost-center-in-use", "This cost center is in use, so it is archived rather than deleted.",
                ["Set archived to true with PUT or PATCH; its history stays."]);
        }

        await costCenters.DeleteAsync(costCenter, cancellationToken);
        return CostCenterRow.ToDto(costCenter);
    }
}
