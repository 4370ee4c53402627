namespace OpsPlan.Modules.Partners.Domain.Partners;

internal interface IPartnerRepository
{
    Task<Partner> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken);

    Task AddAsync(Partner partner, PartnerStatusChange first, CancellationToken cancellationToken);

    Task UpdateAsync(Partner partner, CancellationToken cancellationToken);

    Task AddStatusChangeAsync(PartnerStatusChange change, CancellationToken cancellationToken);
}
