using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using OpsPlan.BuildingBlocks.Application.Messaging;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// Writes the FluentValidation rules of a request into its schema, so the document states the bounds the server
/// enforces, from the one place they are kept: required fields, lengths, ranges, patterns and formats. A body that
/// the API turns into a command (<see cref="IBodyOf{TCommand}"/>) takes the command's rules. Rules with a condition
/// (<c>When</c>) are left out: the document could not say when they apply.
/// </summary>
internal sealed class ValidationRulesSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || ValidatorFor(context.Type) is not { } validator)
        {
            return;
        }

        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            var property = concrete.Properties.FirstOrDefault(pair => string.Equals(pair.Key, rule.PropertyName, StringComparison.OrdinalIgnoreCase));
            if (property.Value is not OpenApiSchema target)
            {
                continue; // Not in the body (an id from the address), or a reference whose schema is shared.
            }

            var isCollection = rule.GetType().GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
            foreach (var component in rule.Components.Where(component => !component.HasCondition && !component.HasAsyncCondition))
            {
                // A value that must be checked and cannot be null (a 1-5 score) must be sent: its default would fail the rule.
                if (!isCollection && (component.Validator is INotNullValidator or INotEmptyValidator || IsPlainValue(context.Type, property.Key)))
                {
                    concrete.Required ??= new SortedSet<string>(StringComparer.Ordinal);
                    concrete.Required.Add(property.Key);
                }

                Describe(isCollection ? target.Items as OpenApiSchema ?? target : target, component.Validator);
            }
        }
    }

    private static bool IsPlainValue(Type type, string property) =>
        type.GetProperty(property, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)
            ?.PropertyType is { IsValueType: true } valueType && Nullable.GetUnderlyingType(valueType) is null;

    private IValidator? ValidatorFor(Type type)
    {
        var validated = type.GetInterfaces().FirstOrDefault(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IBodyOf<>))
            ?.GetGenericArguments()[0] ?? type;
        return services.GetService(typeof(IValidator<>).MakeGenericType(validated)) as IValidator;
    }

    private static void Describe(OpenApiSchema schema, IPropertyValidator validator)
    {
        var kind = schema.Type ?? 0;
        switch (validator)
        {
            case INotEmptyValidator when kind.HasFlag(JsonSchemaType.String):
                schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                break;
            case INotEmptyValidator when kind.HasFlag(JsonSchemaType.Array):
                schema.MinItems = Math.Max(schema.MinItems ?? 0, 1);
                break;
            case ILengthValidator length when kind.HasFlag(JsonSchemaType.String):
                schema.MinLength = length.Min > 0 ? Math.Max(schema.MinLength ?? 0, length.Min) : schema.MinLength;
                schema.MaxLength = length.Max > 0 ? Math.Min(schema.MaxLength ?? int.MaxValue, length.Max) : schema.MaxLength;
                break;
            case IBetweenValidator between:
                schema.Minimum = Number(between.From);
                schema.Maximum = Number(between.To);
                if (validator.Name == "ExclusiveBetweenValidator")
                {
                    schema.ExclusiveMinimum = schema.Minimum;
                    schema.ExclusiveMaximum = schema.Maximum;
                }

                break;
            case IComparisonValidator { ValueToCompare: not null } comparison when comparison.Comparison is Comparison.GreaterThanOrEqual:
                schema.Minimum = Number(comparison.ValueToCompare);
                break;
            case IComparisonValidator { ValueToCompare: not null } comparison when comparison.Comparison is Comparison.LessThanOrEqual:
                schema.Maximum = Number(comparison.ValueToCompare);
                break;
            case IRegularExpressionValidator pattern:
                schema.Pattern = pattern.Expression;
                break;
            case IEmailValidator:
                schema.Format = "email";
                break;
        }
    }

    private static string? Number(object? value) => value is IFormattable number ? number.ToString(null, CultureInfo.InvariantCulture) : null;
}
