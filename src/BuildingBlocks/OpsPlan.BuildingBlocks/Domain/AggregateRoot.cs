namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// A record that is loaded, changed by one command and saved as a whole: its id, when it was created and last changed,
/// and its version. The version it was loaded at is kept apart from the version it will be saved with, so the
/// repository's optimistic check (<c>WHERE version = @LoadedVersion</c>) holds however many changes one command makes.
/// </summary>
public abstract class AggregateRoot(AggregateState state)
{
    public Guid Id { get; } = state.Id;

    public DateTime CreatedAt { get; } = state.CreatedAt;

    public DateTime UpdatedAt { get; private set; } = state.UpdatedAt;

    /// <summary>The version after this command's changes: the ETag callers send back in If-Match.</summary>
    public long Version { get; private set; } = state.Version;

    /// <summary>The version as it was read from the database; 0 for a record that is not saved yet.</summary>
    public long LoadedVersion { get; } = state.LoadedVersion;

    /// <summary>Marks a change: one command moves the version on once, whatever it changes.</summary>
    protected void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version = LoadedVersion + 1;
    }
}

/// <summary>What <see cref="AggregateRoot"/> keeps, for a new record or one read back.</summary>
public readonly record struct AggregateState(Guid Id, DateTime CreatedAt, DateTime UpdatedAt, long Version, long LoadedVersion)
{
    public static AggregateState New(DateTime now) => new(Ids.New(), now, now, 1, 0);

    public static AggregateState Loaded(Guid id, DateTime createdAt, DateTime updatedAt, long version) => new(id, createdAt, updatedAt, version, version);
}
