using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Partners;

/// <summary>
/// The partners module's tests: an API whose clock starts at <see cref="Start"/> and moves only when a test moves it,
/// and a <see cref="PartnerDesk"/> that onboards partners and signs agreements the way a procurement team does.
/// </summary>
public abstract class PartnersTest(DatabaseProvider provider) : ClockedApiTest(provider, Start)
{
    public const string Module = PartnerDesk.Module;
    public const string Partners = PartnerDesk.Partners;

    protected static readonly DateTime Start = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    protected PartnerDesk Desk => new(Api);

    protected HttpClient Procurement => Desk.Procurement;
}
