using OpsPlan.Modules.Access.Contracts.ApiKeys;
using OpsPlan.Modules.Access.Domain.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys;

internal sealed class ApiKeyRow : IListRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, roles AS Roles, prefix AS Prefix, hash AS Hash, created_at AS CreatedAt,
               created_by AS CreatedBy, revoked_at AS RevokedAt, updated_at AS UpdatedAt, partner_id AS PartnerId
        FROM access.api_keys
        """;

    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string Roles { get; init; } = "";

    public string Prefix { get; init; } = "";

    public string Hash { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTime? RevokedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public Guid? PartnerId { get; init; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public ApiKey ToDomain() => ApiKey.Restore(Id, Name, RoleList, PartnerId, Prefix, Hash, CreatedAt, CreatedBy, RevokedAt);

    public ApiKeyDto ToDto() => ToDto(ToDomain());

    public static ApiKeyDto ToDto(ApiKey apiKey) => new()
    {
        Id = apiKey.Id,
        Name = apiKey.Name,
        Roles = apiKey.Roles,
        PartnerId = apiKey.PartnerId,
        Prefix = apiKey.Prefix,
        CreatedAt = apiKey.CreatedAt,
        CreatedBy = apiKey.CreatedBy,
        RevokedAt = apiKey.RevokedAt,
    };
}
