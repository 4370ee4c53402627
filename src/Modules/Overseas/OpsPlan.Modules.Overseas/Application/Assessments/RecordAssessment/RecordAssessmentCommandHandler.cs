using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Overseas.Contracts.Assessments;
using OpsPlan.Modules.Overseas.Domain.Assessments;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Assessments.RecordAssessment;

/// <summary>
/// Records the market's next assessment version and keeps its scores on the market. Saving the market checks its
/// version, so two assessments recorded at once cannot both take the same number (the second is 412).
/// </summary>
internal sealed class RecordAssessmentCommandHandler(IMarketRepository markets, IAssessmentRepository assessments, IOptions<OverseasOptions> options, ICurrentUser user,
    IClock clock) : ICommandHandler<RecordAssessmentCommand, MarketAssessmentDto>
{
    public async Task<MarketAssessmentDto> Handle(RecordAssessmentCommand request, CancellationToken cancellationToken)
    {
        var market = await markets.GetAsync(request.MarketId, null, cancellationToken);
        var defaults = options.Value.AssessmentWeights.ByFactor();
        var factors = request.Fields.Factors
            .Select(item => new Factor(item.Factor!.Value, item.Score!.Value, item.Weight ?? defaults[item.Factor.Value], item.Evidence))
            .OrderBy(factor => factor.Name)
            .ToList();
        var now = clock.UtcNow;
        var assessment = new Assessment(Ids.New(), market.Id, await assessments.NextVersionAsync(market.Id, cancellationToken), factors, user.Id, now);

        await assessments.AddAsync(assessment, cancellationToken);
        market.Assessed(new MarketScores(assessment.Version, assessment.Attractiveness, assessment.Risk, assessment.Combined, now), now);
        await markets.UpdateAsync(market, cancellationToken);
        return AssessmentRow.ToDto(assessment);
    }
}
