using OpsPlan.Modules.Risk.Application.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Infrastructure.Persistence;

/// <summary>Loads and saves risks and their assessments inside the command's unit of work.</summary>
internal sealed class RiskRepository(IUnitOfWork unitOfWork) : IRiskRepository
{
    private const string SelectByIdSql = "SELECT " + RiskRow.Columns + " FROM risk.risks WHERE id = @Id";

    private const string SelectBySourceSql = "SELECT " + RiskRow.Columns + " FROM risk.risks WHERE source = @Source AND source_reference = @SourceReference";

    private const string InsertSql = """
        INSERT INTO risk.risks (id, title, description, category, owner, likelihood, impact, score, level, residual_likelihood,
            residual_impact, status, next_review_date, source, source_reference, created_at, updated_at, version)
        VALUES (@Id, @Title, @Description, @Category, @Owner, @Likelihood, @Impact, @Score, @Level, @ResidualLikelihood,
            @ResidualImpact, @Status, @NextReviewDate, @Source, @SourceReference, @CreatedAt, @UpdatedAt, @Version)
        """;

    // The version check makes a concurrent writer's change fail instead of being overwritten.
    private const string UpdateSql = """
        UPDATE risk.risks
        SET title = @Title, description = @Description, category = @Category, owner = @Owner, likelihood = @Likelihood,
            impact = @Impact, score = @Score, level = @Level, residual_likelihood = @ResidualLikelihood,
            residual_impact = @ResidualImpact, status = @Status, next_review_date = @NextReviewDate,
            updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string InsertAssessmentSql = """
        INSERT INTO risk.risk_assessments (id, risk_id, assessed_by, assessed_at, previous_likelihood, previous_impact,
            likelihood, impact, residual_likelihood, residual_impact, rationale)
        VALUES (@Id, @RiskId, @AssessedBy, @AssessedAt, @PreviousLikelihood, @PreviousImpact,
            @Likelihood, @Impact, @ResidualLikelihood, @ResidualImpact, @Rationale)
        """;

    public async Task<Domain.Risks.Risk> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.LoadAsync<RiskRow>(SelectByIdSql, new { Id = id }, "Risk", id, expectedVersion, cancellationToken);
        return row.ToDomain();
    }

    public async Task<Domain.Risks.Risk?> FindBySourceAsync(string source, string sourceReference, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<RiskRow>(SelectBySourceSql, new { Source = source, SourceReference = sourceReference }, cancellationToken))?.ToDomain();

    public Task AddAsync(Domain.Risks.Risk risk, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, RiskRow.Parameters(risk), cancellationToken);

    public async Task UpdateAsync(Domain.Risks.Risk risk, CancellationToken cancellationToken)
    {
        await unitOfWork.UpdateVersionedAsync(UpdateSql, RiskRow.Parameters(risk), cancellationToken);
    }

    public Task AddAssessmentAsync(Assessment assessment, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertAssessmentSql, new
        {
            assessment.Id,
            assessment.RiskId,
            assessment.AssessedBy,
            assessment.AssessedAt,
            PreviousLikelihood = assessment.Previous?.Likelihood,
            PreviousImpact = assessment.Previous?.Impact,
            assessment.Inherent.Likelihood,
            assessment.Inherent.Impact,
            ResidualLikelihood = assessment.Residual?.Likelihood,
            ResidualImpact = assessment.Residual?.Impact,
            assessment.Rationale,
        }, cancellationToken);
}
