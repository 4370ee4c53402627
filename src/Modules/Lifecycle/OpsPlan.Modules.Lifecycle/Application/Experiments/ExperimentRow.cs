using System.Text.Json;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments;

/// <summary>A row of <c>lifecycle.experiments</c>; its variants and their totals are a JSON array, in order.</summary>
internal sealed class ExperimentRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, product_id AS ProductId, name AS Name, hypothesis AS Hypothesis, metric AS Metric, minimum_sample_size AS MinimumSampleSize,
               variants AS Variants, status AS Status, started_at AS StartedAt, concluded_at AS ConcludedAt, created_at AS CreatedAt, updated_at AS UpdatedAt,
               version AS Version
        FROM lifecycle.experiments
        """;

    private static readonly JsonSerializerOptions VariantJson = new(JsonSerializerDefaults.Web);

    public Guid ProductId { get; init; }

    public string Name { get; init; } = "";

    public string Hypothesis { get; init; } = "";

    public string Metric { get; init; } = "";

    public int MinimumSampleSize { get; init; }

    public string Variants { get; init; } = "[]";

    public string Status { get; init; } = "";

    public DateTime? StartedAt { get; init; }

    public DateTime? ConcludedAt { get; init; }

    public Experiment ToDomain() => Experiment.Restore(State, ProductId, new ExperimentDesign(Name, Hypothesis, Metric, MinimumSampleSize),
        JsonSerializer.Deserialize<Variant[]>(Variants, VariantJson)!, EnumText.Parse<ExperimentStatus>(Status), StartedAt, ConcludedAt);

    public ExperimentDto ToDto() => ToDto(ToDomain());

    public static ExperimentDto ToDto(Experiment experiment) => new()
    {
        Id = experiment.Id,
        ProductId = experiment.ProductId,
        Name = experiment.Design.Name,
        Hypothesis = experiment.Design.Hypothesis,
        Metric = experiment.Design.Metric,
        MinimumSampleSize = experiment.Design.MinimumSampleSize,
        Status = experiment.Status,
        StartedAt = experiment.StartedAt,
        ConcludedAt = experiment.ConcludedAt,
        Variants = experiment.Variants.Select(variant => new VariantDto { Name = variant.Name, Exposures = variant.Exposures, Conversions = variant.Conversions }).ToList(),
        CreatedAt = experiment.CreatedAt,
        UpdatedAt = experiment.UpdatedAt,
        Version = experiment.Version,
    };

    public static object Parameters(Experiment experiment) => new
    {
        experiment.Id,
        experiment.ProductId,
        experiment.Design.Name,
        experiment.Design.Hypothesis,
        experiment.Design.Metric,
        experiment.Design.MinimumSampleSize,
        Variants = JsonSerializer.Serialize(experiment.Variants, VariantJson),
        Status = EnumText.ToText(experiment.Status),
        experiment.StartedAt,
        experiment.ConcludedAt,
        experiment.CreatedAt,
        experiment.UpdatedAt,
        experiment.Version,
        experiment.LoadedVersion,
    };
}
