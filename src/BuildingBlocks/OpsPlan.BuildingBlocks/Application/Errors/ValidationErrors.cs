using FluentValidation.Results;

namespace OpsPlan.BuildingBlocks.Application.Errors;

/// <summary>FluentValidation failures as the API reports them: messages grouped by camelCase field path.</summary>
public static class ValidationErrors
{
    public static Dictionary<string, string[]> From(IEnumerable<ValidationFailure> failures) =>
        failures.GroupBy(failure => CamelCasePath(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

    private static string CamelCasePath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
