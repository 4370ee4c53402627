using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners;

/// <summary>The checks a partner's fields share across create and replace.</summary>
internal static class PartnerRules
{
    public const string DuplicateName = "partners.duplicate-name";
    public const int MaxContacts = 10;

    public static void PartnerFields<T>(this AbstractValidator<T> validator, Func<T, PartnerRequest> fields)
    {
        validator.RuleFor(command => fields(command).Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
        validator.RuleFor(command => fields(command).Type).NotNull().IsInEnum().OverridePropertyName("type");
        validator.RuleFor(command => fields(command).Country).NotEmpty().Must(Countries.IsKnown).WithMessage(Countries.Explanation).OverridePropertyName("country");
        validator.RuleFor(command => fields(command).Description).MaximumLength(4000).OverridePropertyName("description");
        validator.RuleFor(command => fields(command).Contacts).Must(contacts => contacts!.Count <= MaxContacts).When(command => fields(command).Contacts is not null)
            .WithMessage($"At most {MaxContacts} contacts.").OverridePropertyName("contacts");
        validator.RuleForEach(command => fields(command).Contacts).ChildRules(contact =>
        {
            contact.RuleFor(item => item.Name).NotEmpty().MaximumLength(200).SingleLine();
            contact.RuleFor(item => item.Role).MaximumLength(100).SingleLine();
            contact.RuleFor(item => item.Email).NotEmpty().MaximumLength(254).EmailAddress();
        }).OverridePropertyName("contacts");
    }

    public static PartnerProfile ProfileOf(PartnerRequest fields) => new(fields.Name, fields.Type!.Value, fields.Country,
        (fields.Contacts ?? []).Select(contact => new Contact(contact.Name, contact.Role, contact.Email)).ToList(), fields.Description);

    public static BusinessRuleException NameTaken() => new(DuplicateName, "Another partner has this name.", ["Choose another name, or change the partner that has it."]);
}
