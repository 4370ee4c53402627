using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>Whatever a customer's sync, events, failures or erasure log, their personal fields are not in it.</summary>
public sealed class PersonalDataLoggingTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private const string Name = "Zyxwvut Personal-Name";
    private const string Email = "zyxwvut.personal@example.com";
    private LogCollector Logs { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<ILoggerProvider>(Logs);
    }

    [Test]
    public async Task No_log_line_holds_a_personal_field()
    {
        var customer = Customer("crm-1").With("displayName", Name).With("email", Email).With("region", "Zyxwvut-Region");
        await SyncAsync(customer, Customer("crm-bad").With("displayName", Name).With("email", "zyxwvut-not-an-email"));
        await SendEventsAsync(Event("e1", "crm-1", Start, "purchase", 10m), Event("e2", "crm-404", Start));
        await (await Growth.PostJsonAsync($"{Customers}/{(await CustomerAsync("crm-1")).Id()}/erase", new { })).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(Logs.Lines, Is.Not.Empty, "the requests were logged");
        Assert.That(Logs.Lines.Where(line => line.Contains("Zyxwvut", StringComparison.OrdinalIgnoreCase) || line.Contains("zyxwvut", StringComparison.Ordinal)), Is.Empty);
    }

    private sealed class LogCollector : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collecting(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Collecting(LogCollector collector, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                collector.Lines.Enqueue($"{category} {formatter(state, exception)} {state} {exception}");
        }
    }
}
