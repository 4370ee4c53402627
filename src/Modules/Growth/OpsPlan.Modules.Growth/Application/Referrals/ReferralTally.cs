namespace OpsPlan.Modules.Growth.Application.Referrals;

/// <summary>Redemptions a batch has accepted but not yet written, so its later items see the caps as they will be.</summary>
internal sealed class ReferralTally
{
    private readonly Dictionary<Guid, int> _byProgram = [];
    private readonly Dictionary<string, int> _byCode = [];

    public int OfProgram(Guid programId) => _byProgram.GetValueOrDefault(programId);

    public int OfCode(string code) => _byCode.GetValueOrDefault(code);

    public void Add(Guid programId, string code)
    {
        _byProgram[programId] = OfProgram(programId) + 1;
        _byCode[code] = OfCode(code) + 1;
    }
}
