using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products;

/// <summary>The checks a product's fields share across create and replace.</summary>
internal static class ProductRules
{
    public const string DuplicateName = "lifecycle.duplicate-product-name";

    public static void ProductFields<T>(this AbstractValidator<T> validator, Func<T, ProductRequest> fields)
    {
        validator.RuleFor(command => fields(command).Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
        validator.RuleFor(command => fields(command).Owner).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("owner");
        validator.RuleFor(command => fields(command).Description).MaximumLength(4000).OverridePropertyName("description");
    }

    public static BusinessRuleException NameTaken() =>
        new(DuplicateName, "Another product has this name.", ["Choose another name, or change the product that has it."]);
}
