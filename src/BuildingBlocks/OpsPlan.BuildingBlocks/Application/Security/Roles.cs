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
    public const string Viewer = "viewer";
    public const string Integrator = "integrator";

    public static readonly IReadOnlyList<string> All = [Admin, Ops, Finance, Risk, Growth, Product, Viewer, Integrator];
}
