namespace OpsPlan.Api.Http;

/// <summary>Responses that carry a resource also carry its ETag.</summary>
internal static class ResourceResults
{
    public static IResult Ok<T>(HttpContext context, T resource)
        where T : IVersioned
    {
        context.Response.Headers.ETag = IfMatch.ETagFor(resource.Version);
        return TypedResults.Ok(resource);
    }

    public static IResult Created<T>(HttpContext context, string location, T resource)
    {
        if (resource is IVersioned versioned)
        {
            context.Response.Headers.ETag = IfMatch.ETagFor(versioned.Version);
        }

        return TypedResults.Created(location, resource);
    }
}
