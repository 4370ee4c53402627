using OpsPlan.BuildingBlocks.Application.Errors;

namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>
/// Optimistic concurrency: the versions a caller's If-Match names, any of which may match (RFC 9110 §13.1.1);
/// checked before writing, and the write itself checks the version it read.
/// </summary>
public readonly record struct ExpectedVersion(IReadOnlyList<long> AnyOf)
{
    public static implicit operator ExpectedVersion(long version) => new([version]);

    public bool Matches(long actual) => AnyOf.Contains(actual);

    /// <summary>Throws 412 when the caller named versions and the record has none of them.</summary>
    public static void Check(ExpectedVersion? expected, long actual)
    {
        if (expected is { } versions && !versions.Matches(actual))
        {
            throw new PreconditionFailedException();
        }
    }
}
