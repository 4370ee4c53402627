using OpsPlan.Modules.Skeleton.Contracts.Widgets;

namespace OpsPlan.Api.Endpoints.Skeleton;

/// <summary>The example bodies Swagger UI shows (and pre-fills for "Try it out") for the skeleton module.</summary>
internal static class SkeletonExamples
{
    private static readonly DateTime Created = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples) => examples
        .Add(new CreateWidgetCommand("First widget", "What it is for."))
        .Add(new WidgetDto
        {
            Id = Guid.Parse("019ad000-0000-7000-8000-000000000001"),
            Name = "First widget",
            Description = "What it is for.",
            CreatedAt = Created,
            UpdatedAt = Created,
            Version = 1,
        });
}
