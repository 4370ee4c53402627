using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.CreateCostCenter;

internal sealed class CreateCostCenterCommandHandler(ICostCenterRepository costCenters, IClock clock) : ICommandHandler<CreateCostCenterCommand, CostCenterDto>
{
    public async Task<CostCenterDto> Handle(CreateCostCenterCommand request, CancellationToken cancellationToken)
    {
        if (await costCenters.CodeTakenAsync(request.Code, cancellationToken))
        {
            throw new BusinessRuleException("finance.duplicate-code", $"A cost center with code '{request.Code}' exists already.");
        }

        if (request.ParentId is { } parentId && !await costCenters.ExistsAsync(parentId, cancellationToken))
        {
            throw RequestValidationException.For("parentId", "No cost center has this id.");
        }

        var costCenter = CostCenter.Open(request.Code, request.Name, request.Owner, request.ParentId, clock.UtcNow);
        await costCenters.AddAsync(costCenter, cancellationToken);
        return CostCenterRow.ToDto(costCenter);
    }
}
