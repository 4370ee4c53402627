using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Scorecards;
using OpsPlan.Modules.Partners.Domain.Partners;
using OpsPlan.Modules.Partners.Domain.Scorecards;

namespace OpsPlan.Modules.Partners.Application.Scorecards.RecordScorecard;

/// <summary>Records a quarter's scorecard; when it is the partner's latest quarter, the partner takes its recommended tier.</summary>
internal sealed class RecordScorecardCommandHandler(IPartnerRepository partners, IScorecardRepository scorecards, IOptions<PartnersOptions> options, ICurrentUser user,
    IClock clock) : ICommandHandler<RecordScorecardCommand, ScorecardDto>
{
    public async Task<ScorecardDto> Handle(RecordScorecardCommand request, CancellationToken cancellationToken)
    {
        var partner = await partners.GetAsync(request.PartnerId, null, cancellationToken);
        var fields = request.Fields;
        if (await scorecards.PeriodTakenAsync(partner.Id, fields.Period, cancellationToken))
        {
            throw new BusinessRuleException("partners.duplicate-scorecard", $"The partner has a scorecard for {fields.Period} already.");
        }

        var latest = await scorecards.LatestPeriodAsync(partner.Id, cancellationToken);
        var now = clock.UtcNow;
        var scorecard = new Scorecard(Ids.New(), partner.Id, fields.Period, CriteriaOf(fields.Scores), fields.Weights is { } weights ? CriteriaOf(weights)
            : options.Value.ScorecardWeights.ToCriteria(), fields.Comment, user.Id, now);
        await scorecards.AddAsync(scorecard, cancellationToken);
        if ((latest is null || string.CompareOrdinal(scorecard.Period, latest) > 0) && partner.Rate(scorecard.RecommendedTier, now))
        {
            await partners.UpdateAsync(partner, cancellationToken);
        }

        return ScorecardRow.ToDto(scorecard, null);
    }

    private static Criteria CriteriaOf(ScoresItem item) =>
        new(item.Quality!.Value, item.Delivery!.Value, item.Cost!.Value, item.Cooperation!.Value, item.Innovation!.Value, item.Compliance!.Value);
}
