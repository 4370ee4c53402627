namespace OpsPlan.BuildingBlocks.Application.Caching;

/// <summary>
/// Marks a computed view that may be answered from a short-lived cache. A result is reused only until its module
/// commits a write in this process, and never longer than <see cref="FreshFor"/> (<see cref="QueryCache.Lifetime"/>), which bounds how long
/// a write made by another instance takes to show (a stale result is served a little longer, see <see cref="QueryCache"/>,
/// only while one caller is recomputing it). The query's value equality is the cache key, so it must be a record.
/// </summary>
public interface ICachedQuery
{
    /// <summary>How long an answer stands when its module does not write: a longer time suits a view that is costly and read all day.</summary>
    TimeSpan FreshFor => QueryCache.Lifetime;
}

/// <summary>
/// A cached view composed from other modules' public queries: a write committed in any of <see cref="SourceModules"/>
/// recomputes it, and writes elsewhere leave it alone.
/// </summary>
public interface ICachedAcrossModulesQuery : ICachedQuery
{
    IReadOnlyList<string> SourceModules { get; }
}
