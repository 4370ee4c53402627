namespace OpsPlan.Modules.Partners.Domain.Scorecards;

internal interface IScorecardRepository
{
    Task<bool> PeriodTakenAsync(Guid partnerId, string period, CancellationToken cancellationToken);

    /// <summary>The period of the partner's latest scorecard, or null.</summary>
    Task<string?> LatestPeriodAsync(Guid partnerId, CancellationToken cancellationToken);

    Task AddAsync(Scorecard scorecard, CancellationToken cancellationToken);
}
