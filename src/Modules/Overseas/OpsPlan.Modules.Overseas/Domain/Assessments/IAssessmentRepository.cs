namespace OpsPlan.Modules.Overseas.Domain.Assessments;

internal interface IAssessmentRepository
{
    /// <summary>The version the market's next assessment takes: one past its latest, 1 for the first.</summary>
    Task<int> NextVersionAsync(Guid marketId, CancellationToken cancellationToken);

    Task AddAsync(Assessment assessment, CancellationToken cancellationToken);
}
