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

    /// <summary>
    /// A multi-value enum filter: the parameter repeated (<c>level=high&amp;level=critical</c>) or comma-separated
    /// (<c>level=high,critical</c>); any of the values matches. Null when none was given.
    /// </summary>
    public IReadOnlyList<TEnum>? AnyOf<TEnum>(string[]? values, string name)
        where TEnum : struct, Enum
    {
        var texts = Split(values) ?? [];
        var parsed = texts.Select(text => Enum<TEnum>(text, name)).ToList();
        return parsed.Count == 0 || _errors.ContainsKey(name) ? null : parsed.Select(value => value!.Value).ToList();
    }

    public static DateTime? Utc(DateTimeOffset? value) => value?.UtcDateTime;

    /// <summary>A multi-value text filter, repeated or comma-separated like <see cref="AnyOf{TEnum}"/>; null when none was given.</summary>
    public static IReadOnlyList<string>? Split(string[]? values)
    {
        var texts = (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        return texts.Count == 0 ? null : texts;
    }

    /// <summary>
    /// Sends the query and reports the query string's failures together with the validator's, so a caller learns
    /// every problem at once. A query with a bad filter still runs its validators, never its handler's result.
    /// </summary>
    public async Task<TResult> QueryAsync<TResult>(IDispatcher dispatcher, IQuery<TResult> query, CancellationToken cancellationToken)
    {
        TResult result;
        try
        {
            result = await dispatcher.QueryAsync(query, cancellationToken);
        }
        catch (RequestValidationException validation) when (_errors.Count > 0)
        {
            throw new RequestValidationException(validation.Errors.Concat(_errors).ToDictionary(pair => pair.Key, pair => pair.Value));
        }

        return _errors.Count > 0 ? throw new RequestValidationException(_errors) : result;
    }
}
