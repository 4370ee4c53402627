namespace OpsPlan.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    /// <summary>Embedded default: one file per module schema, attached under the schema name.</summary>
    Sqlite,

    /// <summary>Production: one database, one schema per module.</summary>
    SqlServer,
}
