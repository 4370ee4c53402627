using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Finance;

/// <summary>The finance module's tests: periods, "today" and the future are those of <see cref="FinanceApi.Start"/>, whatever day the tests run.</summary>
public abstract class FinanceTest(DatabaseProvider provider) : ClockedApiTest(provider, FinanceApi.Start, running: true);
