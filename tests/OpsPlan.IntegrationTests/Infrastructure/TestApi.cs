using System.Net.Http.Headers;
using System.Reflection;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Outbox;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>
/// The real API in memory, on a database of its own (a fresh SQLite folder, or a fresh SQL Server database),
/// with the outbox relay and webhook delivery switched off so tests deliver by calling <see cref="DeliverOutboxAsync"/> and
/// <see cref="DeliverWebhooksAsync"/>.
/// </summary>
public sealed class TestApi : WebApplicationFactory<Program>
{
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    private readonly DatabaseProvider _provider;
    private readonly string _sqliteDirectory = Path.Combine(Path.GetTempPath(), "opsplan-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _sqlServerConnectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="provider">The database the API runs on.</param>
    /// <param name="settings">Configuration a test overrides, such as a low rate limit.</param>
    /// <param name="services">Services a test adds, such as a probe that consumes integration events.</param>
    public TestApi(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _provider = provider;
        _services = services;
        _settings = settings ?? new Dictionary<string, string?>();
        if (provider == DatabaseProvider.SqlServer)
        {
            _sqlServerConnectionString = new SqlConnectionStringBuilder(DatabaseProviders.SqlServerConnectionString)
            {
                InitialCatalog = "opsplan_test_" + Guid.NewGuid().ToString("N"),
            }.ConnectionString;
        }
    }

    public string SqliteDirectory => _sqliteDirectory;

    /// <summary>A client whose bearer token carries <paramref name="roles"/>.</summary>
    public HttpClient ClientAs(string subject, params string[] roles)
    {
        var client = CreateClient();
        var token = Services.GetRequiredService<TokenIssuer>().Issue(subject, roles, TimeSpan.FromMinutes(30));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient ClientFor(params string[] roles) => ClientAs("tester@example.com", roles);

    public HttpClient AnonymousClient() => CreateClient();

    /// <summary>Runs the outbox relay once, as the background service would, and returns how many events it delivered.</summary>
    public Task<int> DeliverOutboxAsync() => Services.GetRequiredService<OutboxRelay>().ProcessPendingAsync();

    /// <summary>Sends every webhook delivery that is due, as the background service would; returns how many rounds were sent.</summary>
    public Task<int> DeliverWebhooksAsync() => Services.GetRequiredService<OpsPlan.Modules.Integrations.Infrastructure.Delivery.WebhookDispatcher>().ProcessDueAsync();

    /// <summary>How many <typeparamref name="TEvent"/> <paramref name="module"/> has published (delivered or not).</summary>
    public async Task<long> PublishedAsync<TEvent>(string module)
    {
        ModuleDescriptor.EnsureValidSchemaName(module);
        await using var connection = await Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {module}.outbox_messages WHERE type = @Type", new { Type = NameOf<TEvent>() });
    }

    /// <summary>
    /// Delivers every <typeparamref name="TEvent"/> that <paramref name="module"/> published once more, as a relay that
    /// crashed after delivering but before marking them would; returns how many went out again.
    /// </summary>
    public async Task<int> RedeliverAsync<TEvent>(string module)
    {
        ModuleDescriptor.EnsureValidSchemaName(module);
        await using (var connection = await Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync($"UPDATE {module}.outbox_messages SET processed_at = NULL WHERE type = @Type", new { Type = NameOf<TEvent>() });
        }

        return await DeliverOutboxAsync();
    }

    /// <summary>Runs SQL against the API's database, as the app's own connections see it (schemas attached on SQLite).</summary>
    public async Task ExecuteSqlAsync(string sql, object? parameters = null)
    {
        await using var connection = await Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>
    /// Runs one of a module's migration scripts again, as DbUp does: in the module's own file (SQLite, where scripts
    /// name no schema) or in the database (SQL Server).
    /// </summary>
    public async Task RunMigrationAsync(string schema, string script)
    {
        var module = Services.GetRequiredService<ModuleCatalog>().Find(schema) ?? throw new ArgumentException($"No module keeps the schema '{schema}'.", nameof(schema));
        var name = module.Assembly.GetManifestResourceNames().Single(resource => resource.EndsWith($".Migrations.{_provider}.{script}", StringComparison.Ordinal));
        using var reader = new StreamReader(module.Assembly.GetManifestResourceStream(name)!);
        var sql = await reader.ReadToEndAsync();
        if (_provider == DatabaseProvider.Sqlite)
        {
            await using var file = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={SqliteConnectionFactory.SchemaFile(_sqliteDirectory, schema)}");
            await file.ExecuteAsync(sql);
        }
        else
        {
            await ExecuteSqlAsync(sql);
        }
    }

    private static string NameOf<TEvent>() => typeof(TEvent).GetCustomAttribute<IntegrationEventNameAttribute>()!.Name;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Outbox:RelayEnabled", "false");
        builder.UseSetting("Webhooks:DeliveryEnabled", "false");
        builder.UseSetting("Protection:RequireHttps", "false");
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("Database:SqliteDirectory", _sqliteDirectory);
        builder.UseSetting("Database:SqlServerConnectionString", _sqlServerConnectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_provider == DatabaseProvider.SqlServer)
        {
            await DropSqlServerDatabaseAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_sqliteDirectory))
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
        }

        GC.SuppressFinalize(this);
    }

    private async Task DropSqlServerDatabaseAsync()
    {
        SqlConnection.ClearAllPools();
        var builder = new SqlConnectionStringBuilder(_sqlServerConnectionString);
        var database = builder.InitialCatalog;
        builder.InitialCatalog = "master";
        await using var connection = new SqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "IF DB_ID(@name) IS NOT NULL BEGIN DECLARE @sql NVARCHAR(400) = N'ALTER DATABASE ' + QUOTENAME(@name) + N' SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ' + QUOTENAME(@name); EXEC(@sql); END";
        command.Parameters.AddWithValue("@name", database);
        await command.ExecuteNonQueryAsync();
    }
}
