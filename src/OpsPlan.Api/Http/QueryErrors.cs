using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Http;

/// <summary>Parses query parameters that need more than model binding, collecting every failure into one 400.</summary>
internal sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = [];

    public TEnum? Enum<TEnum>(string? value, string name)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return EnumText.Parse<TEnum>(value);
        }
        catch (FormatException)
        {
            var allowed = System.Enum.GetValues<TEnum>().Select(member => EnumText.ToText(member));
            _errors[name] = [$"'{value}' is not one of: {string.Join(", ", allowed)}."];
            return null;
        }
    }

    public static DateTime? Utc(DateTimeOffset? value) => value?.UtcDateTime;

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new RequestValidationException(_errors);
        }
    }
}
