using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.IssueInviteCode;

internal sealed class IssueInviteCodeCommandValidator : AbstractValidator<IssueInviteCodeCommand>
{
    public IssueInviteCodeCommandValidator() => RuleFor(command => command.CustomerId).NotEmpty();
}
