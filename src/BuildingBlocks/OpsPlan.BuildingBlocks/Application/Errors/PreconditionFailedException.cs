namespace OpsPlan.BuildingBlocks.Application.Errors;

/// <summary>The If-Match version is stale: someone changed the record since the caller read it (412).</summary>
public sealed class PreconditionFailedException()
    : Exception("The record has changed since it was read. Fetch it again and retry with its current ETag.");
