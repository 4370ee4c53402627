using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsPlan.Api.OpenApi;

/// <summary>One example body per schema, serialized exactly as the API would send it.</summary>
internal sealed class ExampleCatalog(JsonSerializerOptions options)
{
    private readonly Dictionary<Type, JsonNode> _examples = [];

    public ExampleCatalog Add<T>(T example)
    {
        _examples[typeof(T)] = JsonSerializer.SerializeToNode(example, options)!;
        return this;
    }

    public JsonNode? For(Type type) => _examples.TryGetValue(type, out var example) ? example.DeepClone() : null;
}
