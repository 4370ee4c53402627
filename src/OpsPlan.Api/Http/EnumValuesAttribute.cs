namespace OpsPlan.Api.Http;

/// <summary>
/// Marks a string query parameter that takes one of an enum's kebab-case values, so the OpenAPI document lists them.
/// Minimal APIs would bind an enum parameter by its C# name ("InProgress"), not its wire name ("in-progress").
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class EnumValuesAttribute<TEnum> : Attribute, IEnumValues
    where TEnum : struct, Enum
{
    public Type EnumType => typeof(TEnum);
}

public interface IEnumValues
{
    Type EnumType { get; }
}
