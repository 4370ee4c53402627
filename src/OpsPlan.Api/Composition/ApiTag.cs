namespace OpsPlan.Api.Composition;

/// <summary>A group of operations in Swagger UI; a module lists its own, in the order it wants them shown.</summary>
internal sealed record ApiTag(string Name, string Description);

internal static class ApiTagExtensions
{
    public static TBuilder WithTag<TBuilder>(this TBuilder builder, ApiTag tag)
        where TBuilder : IEndpointConventionBuilder => builder.WithTags(tag.Name);
}
