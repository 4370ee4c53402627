using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products;

/// <summary>A row of <c>lifecycle.products</c> as Dapper reads it, and its mappings to the domain and the contract.</summary>
internal sealed class ProductRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, owner AS Owner, description AS Description, stage AS Stage, stage_changed_at AS StageChangedAt,
               decline_detected_for AS DeclineDetectedFor, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM lifecycle.products
        """;

    public string Name { get; init; } = "";

    public string Owner { get; init; } = "";

    public string? Description { get; init; }

    public string Stage { get; init; } = "";

    public DateTime StageChangedAt { get; init; }

    public DateOnly? DeclineDetectedFor { get; init; }

    public Product ToDomain() => Product.Restore(State, Name, Owner, Description, EnumText.Parse<ProductStage>(Stage), StageChangedAt, DeclineDetectedFor);

    public ProductDto ToDto() => ToDto(ToDomain());

    public static ProductDto ToDto(Product product) => new()
    {
        Id = product.Id,
        Name = product.Name,
        Owner = product.Owner,
        Description = product.Description,
        Stage = product.Stage,
        StageChangedAt = product.StageChangedAt,
        DeclineDetectedFor = product.DeclineDetectedFor,
        CreatedAt = product.CreatedAt,
        UpdatedAt = product.UpdatedAt,
        Version = product.Version,
    };

    /// <summary>The parameters of an insert or update: every column of the product as it is now.</summary>
    public static object Parameters(Product product) => new
    {
        product.Id,
        product.Name,
        product.Owner,
        product.Description,
        Stage = EnumText.ToText(product.Stage),
        product.StageChangedAt,
        product.DeclineDetectedFor,
        product.CreatedAt,
        product.UpdatedAt,
        product.Version,
        product.LoadedVersion,
    };
}
