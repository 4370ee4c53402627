using System.Text.Json;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners;

/// <summary>A row of <c>partners.partners</c>; contacts are a JSON array.</summary>
internal sealed class PartnerRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, type AS Type, country AS Country, contacts AS Contacts, description AS Description, status AS Status,
               status_changed_at AS StatusChangedAt, tier AS Tier, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM partners.partners
        """;

    private static readonly JsonSerializerOptions ContactJson = new(JsonSerializerDefaults.Web);

    public string Name { get; init; } = "";

    public string Type { get; init; } = "";

    public string Country { get; init; } = "";

    public string Contacts { get; init; } = "[]";

    public string? Description { get; init; }

    public string Status { get; init; } = "";

    public DateTime StatusChangedAt { get; init; }

    public string? Tier { get; init; }

    public Partner ToDomain() => Partner.Restore(State,
        new PartnerProfile(Name, EnumText.Parse<PartnerType>(Type), Country, JsonSerializer.Deserialize<Contact[]>(Contacts, ContactJson)!, Description),
        EnumText.Parse<PartnerStatus>(Status), StatusChangedAt, Tier is null ? null : EnumText.Parse<PartnerTier>(Tier));

    public PartnerDto ToDto() => ToDto(ToDomain());

    public static PartnerDto ToDto(Partner partner) => new()
    {
        Id = partner.Id,
        Name = partner.Profile.Name,
        Type = partner.Profile.Type,
        Country = partner.Profile.Country,
        Contacts = partner.Profile.Contacts.Select(contact => new ContactDto { Name = contact.Name, Role = contact.Role, Email = contact.Email }).ToList(),
        Description = partner.Profile.Description,
        Status = partner.Status,
        StatusChangedAt = partner.StatusChangedAt,
        Tier = partner.Tier,
        CreatedAt = partner.CreatedAt,
        UpdatedAt = partner.UpdatedAt,
        Version = partner.Version,
    };

    public static object Parameters(Partner partner) => new
    {
        partner.Id,
        partner.Profile.Name,
        Type = EnumText.ToText(partner.Profile.Type),
        partner.Profile.Country,
        Contacts = JsonSerializer.Serialize(partner.Profile.Contacts, ContactJson),
        partner.Profile.Description,
        Status = EnumText.ToText(partner.Status),
        partner.StatusChangedAt,
        Tier = EnumText.ToText(partner.Tier),
        partner.CreatedAt,
        partner.UpdatedAt,
        partner.Version,
        partner.LoadedVersion,
    };
}
