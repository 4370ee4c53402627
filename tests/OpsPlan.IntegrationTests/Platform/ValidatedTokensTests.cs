using System.Security.Claims;
using OpsPlan.Api.Security;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>The memory of validated bearer tokens never outlives the token, nor five minutes, nor shares an identity.</summary>
public sealed class ValidatedTokensTests
{
    private const string Header = "Bearer a.b.c";
    private readonly SettableTime _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    private static ClaimsIdentity Identity() => new([new Claim("sub", "someone"), new Claim("role", "viewer")], "Bearer");

    [Test]
    public void A_remembered_token_is_answered_until_it_expires_and_not_after()
    {
        using var tokens = new ValidatedTokens(_time);
        tokens.Remember(Header, Identity(), _time.GetUtcNow().AddMinutes(2));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.That(tokens.TryGet(Header, out var identity), Is.True);
        Assert.That(identity.FindFirst("sub")?.Value, Is.EqualTo("someone"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.That(tokens.TryGet(Header, out _), Is.False, "expired tokens go back through full validation");
    }

    [Test]
    public void A_long_lived_token_is_validated_again_after_five_minutes()
    {
        using var tokens = new ValidatedTokens(_time);
        tokens.Remember(Header, Identity(), _time.GetUtcNow().AddHours(8));

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.That(tokens.TryGet(Header, out _), Is.True);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.That(tokens.TryGet(Header, out _), Is.False);
    }

    [Test]
    public void Only_the_same_header_is_answered()
    {
        using var tokens = new ValidatedTokens(_time);
        tokens.Remember(Header, Identity(), _time.GetUtcNow().AddHours(1));

        Assert.That(tokens.TryGet(Header + "x", out _), Is.False);
        Assert.That(tokens.TryGet("bearer a.b.c", out _), Is.False);
    }

    [Test]
    public void Every_caller_gets_its_own_copy_of_the_identity()
    {
        using var tokens = new ValidatedTokens(_time);
        var original = Identity();
        tokens.Remember(Header, original, _time.GetUtcNow().AddHours(1));

        // Neither the identity handed in nor one handed out reaches the next request.
        original.AddClaim(new Claim("role", "admin"));
        tokens.TryGet(Header, out var first);
        first.AddClaim(new Claim("role", "admin"));
        tokens.TryGet(Header, out var second);

        Assert.That(second.FindAll("role").Select(claim => claim.Value), Is.EqualTo(new[] { "viewer" }));
    }
}
