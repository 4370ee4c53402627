namespace OpsPlan.IntegrationTests.Risk;

/// <summary>Request bodies for the Risk module, valid unless a test overrides a field.</summary>
public static class RiskRequests
{
    public const string Risks = "/api/v1/risk/risks";

    public static Dictionary<string, object?> NewRisk(
        string title = "Payment provider outage",
        string category = "partner",
        string owner = "cfo@example.com",
        int likelihood = 3,
        int impact = 5) => new()
        {
            ["title"] = title,
            ["description"] = "Single card processor.",
            ["category"] = category,
            ["owner"] = owner,
            ["likelihood"] = likelihood,
            ["impact"] = impact,
            ["nextReviewDate"] = "2026-12-15",
        };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        body[field] = value;
        return body;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string field)
    {
        body.Remove(field);
        return body;
    }
}
