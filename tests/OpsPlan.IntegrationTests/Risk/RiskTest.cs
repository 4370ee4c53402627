using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Risk;

/// <summary>The risk module's tests: due dates, review dates and incident times are relative to <see cref="Start"/>, whatever day the tests run.</summary>
public abstract class RiskTest(DatabaseProvider provider) : ClockedApiTest(provider, Start, running: true)
{
    protected static readonly DateTime Start = new(2026, 11, 23, 9, 30, 0, DateTimeKind.Utc);
}
