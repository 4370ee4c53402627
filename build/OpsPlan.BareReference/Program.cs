using Dapper;
using Microsoft.Data.Sqlite;
using OpsPlan.BuildingBlocks.Persistence;

// dotnet run --project build/OpsPlan.BareReference -c Release -- --data <data folder> --urls http://127.0.0.1:5290 [--sqlite-as-app true]
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
// The app's process-wide SQLite settings, for the comparison that leaves the engine's tuning out.
if (builder.Configuration.GetValue<bool>("sqlite-as-app") && !SqliteEngine.Configure())
{
    throw new InvalidOperationException("SQLite was in use before its settings could be applied.");
}

var file = Path.Combine(Path.GetFullPath(builder.Configuration["data"] ?? throw new ArgumentException("--data <folder> is required.")), "opsplan.risk.db");
var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
var app = builder.Build();

const string Columns = """
    id AS Id, title AS Title, description AS Description, category AS Category, owner AS Owner, likelihood AS Likelihood,
    impact AS Impact, score AS Score, level AS Level, residual_likelihood AS ResidualLikelihood, residual_impact AS ResidualImpact,
    status AS Status, next_review_date AS NextReviewDate, source AS Source, source_reference AS SourceReference,
    created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
    """;

app.MapGet("/risks/{id:guid}", async (Guid id) =>
{
    await using var connection = new SqliteConnection(connectionString);
    var risk = await connection.QuerySingleOrDefaultAsync<BareRisk>("SELECT " + Columns + " FROM risks WHERE id = @Id", new { Id = id.ToString() });
    return risk is null ? Results.NotFound() : Results.Ok(risk);
});

app.MapGet("/risks", async (string? category, int? limit) =>
{
    await using var connection = new SqliteConnection(connectionString);
    var items = await connection.QueryAsync<BareRisk>(
        "SELECT " + Columns + " FROM risks WHERE category = @Category ORDER BY created_at DESC, id DESC LIMIT @Limit",
        new { Category = category ?? "market", Limit = limit ?? 50 });
    return Results.Ok(new { items, nextCursor = (string?)null });
});

app.Run();

internal sealed record BareRisk
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string Category { get; init; } = "";
    public string Owner { get; init; } = "";
    public long Likelihood { get; init; }
    public long Impact { get; init; }
    public long Score { get; init; }
    public string Level { get; init; } = "";
    public long? ResidualLikelihood { get; init; }
    public long? ResidualImpact { get; init; }
    public string Status { get; init; } = "";
    public string? NextReviewDate { get; init; }
    public string Source { get; init; } = "";
    public string? SourceReference { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
    public long Version { get; init; }
}
