using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Api.Security;

/// <summary>
/// <c>dotnet run --project src/OpsPlan.Api -- token --role risk [--role admin] [--sub qa@example.com] [--hours 8]</c>
/// prints a bearer token signed with the configured key, so QA can authorize in Swagger UI in seconds.
/// </summary>
public static class TokenCommand
{
    public static bool Matches(string[] args) => args is ["token", ..];

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var roles = new List<string>();
        var subject = "qa@opsplan.local";
        var hours = 8;
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--role": roles.Add(args[i + 1]); break;
                case "--sub": subject = args[i + 1]; break;
                case "--hours" when int.TryParse(args[i + 1], out var parsed) && parsed is > 0 and <= 24 * 30: hours = parsed; break;
                default:
                    error.WriteLine($"Unknown or invalid option {args[i]} {args[i + 1]}.");
                    return 2;
            }
        }

        var unknown = roles.Where(role => !Roles.All.Contains(role)).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            error.WriteLine($"Usage: token --role <{string.Join("|", Roles.All)}> [--role …] [--sub <subject>] [--hours <1-720>]");
            return 2;
        }

        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (options.SigningKey is null || System.Text.Encoding.UTF8.GetByteCount(options.SigningKey) < 32)
        {
            error.WriteLine("No signing key: only Development has one. Elsewhere set Auth__SigningKey (at least 32 bytes) to the key the API runs with.");
            return 2;
        }

        output.WriteLine(new TokenIssuer(options).Issue(subject, roles, TimeSpan.FromHours(hours)));
        return 0;
    }
}
