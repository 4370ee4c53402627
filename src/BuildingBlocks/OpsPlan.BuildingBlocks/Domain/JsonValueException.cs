using System.Text.Json;

namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>A malformed value rejected by one of our own converters; unlike a library's, its message is safe to show the caller.</summary>
public sealed class JsonValueException(string message) : JsonException(message);
