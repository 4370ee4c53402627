namespace OpsPlan.BuildingBlocks.Application.Security;

/// <summary>The roles a token or API key carries (the <c>role</c> claim).</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Ops = "ops";
    public const string Finance = "finance";
    public const string Risk = "risk";
    public const string Growth = "growth";
    public const string Product = "product";
    public const string Partners = "partners";
    public const string Overseas = "overseas";
    public const string Viewer = "viewer";
    public const string Integrator = "integrator";

    /// <summary>A partner's own integration key (least privilege): it reads and submits that partner's data only, and never reaches another module.</summary>
    public const string Partner = "partner";

    /// <summary>The roles that read every module; <see cref="Partner"/> is not one of them.</summary>
    public static readonly IReadOnlyList<string> Readers = [Admin, Ops, Finance, Risk, Growth, Product, Partners, Overseas, Viewer, Integrator];

    public static readonly IReadOnlyList<string> All = [.. Readers, Partner];
}
