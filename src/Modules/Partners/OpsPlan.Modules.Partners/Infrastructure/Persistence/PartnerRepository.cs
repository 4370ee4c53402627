using OpsPlan.Modules.Partners.Application.Partners;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Infrastructure.Persistence;

/// <summary>Saves partners and their status history inside the command's unit of work.</summary>
internal sealed class PartnerRepository(IUnitOfWork unitOfWork) : IPartnerRepository
{
    private const string SelectSql = PartnerRow.SelectFromSql + " WHERE id = @Id";
    private const string NameTakenSql = "SELECT COUNT(*) FROM partners.partners WHERE name = @Name AND (@Except IS NULL OR id <> @Except)";

    private const string InsertSql = """
        INSERT INTO partners.partners (id, name, type, country, contacts, description, status, status_changed_at, tier, created_at, updated_at, version)
        VALUES (@Id, @Name, @Type, @Country, @Contacts, @Description, @Status, @StatusChangedAt, @Tier, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE partners.partners
        SET name = @Name, type = @Type, country = @Country, contacts = @Contacts, description = @Description, status = @Status, status_changed_at = @StatusChangedAt,
            tier = @Tier, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string InsertStatusChangeSql = """
        INSERT INTO partners.status_history (id, partner_id, from_status, to_status, changed_at, changed_by, reason)
        VALUES (@Id, @PartnerId, @FromStatus, @ToStatus, @ChangedAt, @ChangedBy, @Reason)
        """;

    public async Task<Partner> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<PartnerRow>(SelectSql, new { Id = id }, "Partner", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(NameTakenSql, new { Name = name, Except = except }, cancellationToken) > 0;

    public async Task AddAsync(Partner partner, PartnerStatusChange first, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(InsertSql, PartnerRow.Parameters(partner), cancellationToken);
        await AddStatusChangeAsync(first, cancellationToken);
    }

    public Task UpdateAsync(Partner partner, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, PartnerRow.Parameters(partner), cancellationToken);

    public Task AddStatusChangeAsync(PartnerStatusChange change, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertStatusChangeSql, new
        {
            change.Id,
            change.PartnerId,
            FromStatus = EnumText.ToText(change.From),
            ToStatus = EnumText.ToText(change.To),
            change.ChangedAt,
            change.ChangedBy,
            change.Reason,
        }, cancellationToken);
}
