namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>A resource with an optimistic-concurrency version, sent as its ETag and expected back in If-Match.</summary>
public interface IVersioned
{
    long Version { get; }
}
