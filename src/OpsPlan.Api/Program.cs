var builder = WebApplication.CreateBuilder(args);
if (TokenCommand.Matches(args))
{
    return TokenCommand.Run(args, builder.Configuration, Console.Out, Console.Error);
}

builder.AddOpsPlan();
var app = builder.Build();
app.UseOpsPlan();
app.Run();
return 0;

/// <summary>The entry point, public so integration tests can host the API.</summary>
public partial class Program;
