using OpsPlan.Modules.Overseas.Contracts.Markets;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets;

/// <summary>The checks a market's fields share across create and replace.</summary>
internal static class MarketRules
{
    public const string DuplicateMarket = "overseas.duplicate-market";
    public const int MaxLanguages = 20;

    public static void MarketFields<T>(this AbstractValidator<T> validator, Func<T, MarketRequest> fields)
    {
        validator.RuleFor(command => fields(command).Country).NotEmpty().Must(Countries.IsKnown).WithMessage(Countries.Explanation).OverridePropertyName("country");
        validator.RuleFor(command => fields(command).Name).MaximumLength(200).SingleLine().OverridePropertyName("name");
        validator.RuleFor(command => fields(command).Languages).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("At least one language: the one the market is served in.")
            .Must(languages => languages.Count <= MaxLanguages).WithMessage($"At most {MaxLanguages} languages.")
            .Must(EachOnce).WithMessage("Each language once.")
            .OverridePropertyName("languages");
        validator.RuleForEach(command => fields(command).Languages).Must(LanguageTags.IsKnown).WithMessage(LanguageTags.Explanation).OverridePropertyName("languages");
        validator.RuleFor(command => fields(command).Currency).NotEmpty().Must(Currencies.IsKnown).WithMessage(Currencies.Explanation).OverridePropertyName("currency");
        validator.RuleFor(command => fields(command).Owner).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("owner");
        validator.RuleFor(command => fields(command).TargetLaunchDate).WithinDateBounds().OverridePropertyName("targetLaunchDate");
    }

    private static bool EachOnce(IReadOnlyList<string> languages)
    {
        var known = languages.Select(LanguageTags.Canonical).OfType<string>().ToList();
        return known.Distinct().Count() == known.Count;
    }

    /// <summary>The market's fields, languages in the standard's case; without a name, the country code names it.</summary>
    public static MarketProfile ProfileOf(MarketRequest fields) => new(fields.Country, string.IsNullOrWhiteSpace(fields.Name) ? fields.Country : fields.Name,
        fields.Languages.Select(tag => LanguageTags.Canonical(tag)!).ToList(), fields.Currency, fields.Owner, fields.TargetLaunchDate);

    public static BusinessRuleException CountryTaken(string country) =>
        new(DuplicateMarket, $"There is already a market for {country}.", ["One market per country: change the existing one instead."]);
}
