namespace OpsPlan.Modules.Growth.Application.Referrals;

/// <summary>Why a code cannot be redeemed: a rule's <see cref="Code"/> (409), or an unknown code (a bad field).</summary>
internal sealed record RedemptionProblem(string Code, string Message)
{
    public const string UnknownCode = "growth.unknown-invite-code";
    public const string SelfReferral = "growth.self-referral";
    public const string AlreadyReferred = "growth.already-referred";
    public const string CapReached = "growth.cap-reached";
    public const string ProgramInactive = "growth.program-inactive";
    public const string NotNew = "growth.not-a-new-customer";

    /// <summary>The refusal for a request that names the code in <paramref name="field"/>.</summary>
    public Exception ToException(string field) => Code == UnknownCode
        ? RequestValidationException.For(field, Message)
        : new BusinessRuleException(Code, Message);
}
