using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.UnitTests.Integrations;

/// <summary>The worked example in docs/api.md is what the sender computes, and a rotation signs with both secrets.</summary>
public sealed class WebhookSecretTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string Id = "019ad000-0000-7000-8000-000000000403";
    private const long Timestamp = 1796027405;
    private const string Body = """{"type":"risk.risk-raised","timestamp":"2026-11-30T08:30:00Z","data":{"riskId":"019ad000-0000-7000-8000-000000000404","title":"Critical LGPD gap in BR"}}""";

    [Test]
    public void The_documented_example_signs_as_the_docs_say() =>
        Assert.That(WebhookSecret.Sign(Secret, Id, Timestamp, Body), Is.EqualTo("v1,wGdBrMM1QYa+xuqCkCB0hXZNlIjOoqKN6wFPCSMLpqw="));

    [Test]
    public void During_a_rotation_the_header_carries_one_signature_per_secret()
    {
        var next = WebhookSecret.New();

        var header = WebhookSecret.Header([next, Secret], Id, Timestamp, Body).Split(' ');

        Assert.Multiple(() =>
        {
            Assert.That(next, Does.StartWith("whsec_").And.Length.EqualTo(50));
            Assert.That(header, Is.EqualTo(new[] { WebhookSecret.Sign(next, Id, Timestamp, Body), "v1,wGdBrMM1QYa+xuqCkCB0hXZNlIjOoqKN6wFPCSMLpqw=" }));
        });
    }
}
