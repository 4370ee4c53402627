using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks;

/// <summary>A row of <c>risk.risks</c> as Dapper reads it, and its mappings to the domain and the contract.</summary>
internal sealed class RiskRow : VersionedRow
{
    public const string Columns = """
        id AS Id, title AS Title, description AS Description, category AS Category, owner AS Owner,
        likelihood AS Likelihood, impact AS Impact, residual_likelihood AS ResidualLikelihood, residual_impact AS ResidualImpact,
        status AS Status, next_review_date AS NextReviewDate, source AS Source, source_reference AS SourceReference,
        created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        """;

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    public string Category { get; init; } = "";

    public string Owner { get; init; } = "";

    public int Likelihood { get; init; }

    public int Impact { get; init; }

    public int? ResidualLikelihood { get; init; }

    public int? ResidualImpact { get; init; }

    public string Status { get; init; } = "";

    public DateOnly? NextReviewDate { get; init; }

    public string Source { get; init; } = "";

    public string? SourceReference { get; init; }

    public Domain.Risks.Risk ToDomain() => Domain.Risks.Risk.Restore(
        State, Title, Description, EnumText.Parse<RiskCategory>(Category), Owner, new RiskScore(Likelihood, Impact),
        RiskScore.Optional(ResidualLikelihood, ResidualImpact), EnumText.Parse<RiskStatus>(Status), NextReviewDate,
        Source, SourceReference);

    public static RiskDto ToDto(Domain.Risks.Risk risk) => new()
    {
        Id = risk.Id,
        Title = risk.Title,
        Description = risk.Description,
        Category = risk.Category,
        Owner = risk.Owner,
        Likelihood = risk.Inherent.Likelihood,
        Impact = risk.Inherent.Impact,
        Score = risk.Inherent.Score,
        Level = risk.Inherent.Level,
        ResidualLikelihood = risk.Residual?.Likelihood,
        ResidualImpact = risk.Residual?.Impact,
        ResidualScore = risk.Residual?.Score,
        ResidualLevel = risk.Residual?.Level,
        Status = risk.Status,
        NextReviewDate = risk.NextReviewDate,
        Source = risk.Source,
        SourceReference = risk.SourceReference,
        CreatedAt = risk.CreatedAt,
        UpdatedAt = risk.UpdatedAt,
        Version = risk.Version,
    };

    public RiskDto ToDto() => ToDto(ToDomain());

    /// <summary>The parameters of an insert or update: every column of the risk as it is now.</summary>
    public static object Parameters(Domain.Risks.Risk risk) => new
    {
        risk.Id,
        risk.Title,
        risk.Description,
        Category = EnumText.ToText(risk.Category),
        risk.Owner,
        risk.Inherent.Likelihood,
        risk.Inherent.Impact,
        risk.Inherent.Score,
        Level = EnumText.ToText(risk.Inherent.Level),
        ResidualLikelihood = risk.Residual?.Likelihood,
        ResidualImpact = risk.Residual?.Impact,
        Status = EnumText.ToText(risk.Status),
        risk.NextReviewDate,
        risk.Source,
        risk.SourceReference,
        risk.CreatedAt,
        risk.UpdatedAt,
        risk.Version,
        risk.LoadedVersion,
    };
}
