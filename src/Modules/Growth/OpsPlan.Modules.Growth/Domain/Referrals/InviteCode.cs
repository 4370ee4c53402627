using System.Security.Cryptography;

namespace OpsPlan.Modules.Growth.Domain.Referrals;

/// <summary>A referrer's code in a programme, with the counts its cap and the leaderboard read.</summary>
internal sealed record InviteCode(string Code, Guid ProgramId, Guid CustomerId, int Referrals, int Rewarded, DateTime CreatedAt)
{
    public const int Length = 12;

    // No 0/O or 1/I/L: codes are read aloud and typed from screenshots.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>12 characters from 31: about 59 bits from the system's cryptographic generator, so codes cannot be guessed or enumerated.</summary>
    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Codes are case-insensitive on the way in.</summary>
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
