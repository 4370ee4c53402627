namespace OpsPlan.BuildingBlocks.Application.Errors;

/// <summary>Optimistic concurrency: the version a caller saw (from If-Match), checked before and while writing.</summary>
public static class ExpectedVersion
{
    /// <summary>Throws 412 when the caller named a version and the record has another.</summary>
    public static void Check(long? expected, long actual)
    {
        if (expected is { } version && version != actual)
        {
            throw new PreconditionFailedException();
        }
    }
}
