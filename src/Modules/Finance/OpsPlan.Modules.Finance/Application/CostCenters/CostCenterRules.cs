namespace OpsPlan.Modules.Finance.Application.CostCenters;

internal static class CostCenterRules
{
    /// <summary>The fields creating and updating a cost center share.</summary>
    public static void CostCenterDetails<T>(this AbstractValidator<T> validator, Func<T, string> name, Func<T, string> owner, Func<T, Guid?> parentId)
    {
        validator.RuleFor(command => name(command)).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
        validator.RuleFor(command => owner(command)).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("owner");
        validator.RuleFor(command => parentId(command)).NotEqual(Guid.Empty).OverridePropertyName("parentId");
    }
}
