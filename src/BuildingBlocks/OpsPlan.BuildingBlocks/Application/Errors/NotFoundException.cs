namespace OpsPlan.BuildingBlocks.Application.Errors;

/// <summary>The addressed record does not exist (404).</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.");
