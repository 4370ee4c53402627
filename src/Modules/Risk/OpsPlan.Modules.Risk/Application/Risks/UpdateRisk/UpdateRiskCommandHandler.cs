using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.UpdateRisk;

internal sealed class UpdateRiskCommandHandler(IRiskRepository risks, IClock clock) : ICommandHandler<UpdateRiskCommand, RiskDto>
{
    public async Task<RiskDto> Handle(UpdateRiskCommand request, CancellationToken cancellationToken)
    {
        var risk = await risks.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        risk.UpdateDetails(request.Title, request.Description, request.Category!.Value, request.Owner, request.NextReviewDate, clock.UtcNow);
        await risks.UpdateAsync(risk, cancellationToken);
        return RiskRow.ToDto(risk);
    }
}
