using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.DueDiligence;
using OpsPlan.Modules.Partners.Domain.DueDiligence;

namespace OpsPlan.Modules.Partners.Application.DueDiligence;

/// <summary>A row of <c>partners.due_diligence_items</c>.</summary>
internal sealed class DueDiligenceItemRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, partner_id AS PartnerId, position AS Position, area AS Area, title AS Title, required AS Required, status AS Status, evidence AS Evidence,
               reviewer AS Reviewer, reviewed_at AS ReviewedAt, review_note AS ReviewNote, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM partners.due_diligence_items
        """;

    public Guid PartnerId { get; init; }

    public int Position { get; init; }

    public string Area { get; init; } = "";

    public string Title { get; init; } = "";

    public bool Required { get; init; }

    public string Status { get; init; } = "";

    public string? Evidence { get; init; }

    public string? Reviewer { get; init; }

    public DateTime? ReviewedAt { get; init; }

    public string? ReviewNote { get; init; }

    public DueDiligenceItem ToDomain() => DueDiligenceItem.Restore(State, PartnerId, Position, EnumText.Parse<DueDiligenceArea>(Area), Title, Required,
        EnumText.Parse<DueDiligenceStatus>(Status), Evidence, Reviewer is null ? null : new DueDiligenceReview(Reviewer, ReviewedAt!.Value, ReviewNote));

    public DueDiligenceItemDto ToDto() => ToDto(ToDomain());

    public static DueDiligenceItemDto ToDto(DueDiligenceItem item) => new()
    {
        Id = item.Id,
        PartnerId = item.PartnerId,
        Area = item.Area,
        Title = item.Title,
        Required = item.Required,
        Status = item.Status,
        Evidence = item.Evidence,
        Reviewer = item.Review?.Reviewer,
        ReviewedAt = item.Review?.ReviewedAt,
        ReviewNote = item.Review?.Note,
        CreatedAt = item.CreatedAt,
        UpdatedAt = item.UpdatedAt,
        Version = item.Version,
    };

    public static object Parameters(DueDiligenceItem item) => new
    {
        item.Id,
        item.PartnerId,
        item.Position,
        Area = EnumText.ToText(item.Area),
        item.Title,
        item.Required,
        Status = EnumText.ToText(item.Status),
        item.Evidence,
        item.Review?.Reviewer,
        item.Review?.ReviewedAt,
        ReviewNote = item.Review?.Note,
        item.CreatedAt,
        item.UpdatedAt,
        item.Version,
        item.LoadedVersion,
    };
}
