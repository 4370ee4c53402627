using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpsPlan.Api.Errors;
using OpsPlan.Api.Protection;
using OpsPlan.BuildingBlocks;
using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Api.Composition;

internal static class ServiceRegistration
{
    public static void AddOpsPlan(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // One JSON object per line outside Development, with the request's scopes (TraceId, SpanId, RequestPath) on every line.
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(options => options.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
        builder.AddProtection();

        services.ConfigureHttpJsonOptions(options => JsonConfiguration.Apply(options.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => JsonConfiguration.Apply(options.JsonSerializerOptions));
        // Binding failures (malformed JSON, a bad route or query value) become exceptions that the handler maps to 400 problems.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Apply);
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<ProblemResponses>();

        services.AddSingleton<System.Diagnostics.DistributedContextPropagator, ServerTraceContext>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        AddAuthentication(services, configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions());

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddSingleton(provider => new ExampleCatalog(provider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(OpenApiConfiguration.Configure);
        // Brotli or gzip when the client asks: lists and the OpenAPI document shrink several times. Over HTTPS too;
        // the one response holding a secret (a new API key) opts out, so it cannot be guessed by its size (BREACH).
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            compression.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            compression.MimeTypes = ["application/json", "application/problem+json", "text/plain", "text/html", "text/css", "text/javascript"];
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(brotli => brotli.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(gzip => gzip.Level = System.IO.Compression.CompressionLevel.Fastest);

        services.AddOpsPlanModules(configuration, builder.Environment.ContentRootPath, [.. Composition.Modules.All.Select(module => module.Module)]);
    }

    private static void AddAuthentication(IServiceCollection services, AuthOptions auth)
    {
        // Refuses to start without a real signing key: no default credential works outside Development.
        var key = auth.Key();
        services.AddSingleton(auth);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<ValidatedTokens>();
        // What AddJwtBearer would register besides the handler: the bearer scheme is the framework's handler with a
        // memory of the tokens it has validated.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<JwtBearerOptions>, JwtBearerPostConfigureOptions>());
        // JWT bearer is the default scheme and hands requests carrying X-Api-Key to the API key handler. (A policy
        // scheme in front of both cost every bearer request a second handler.)
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<JwtBearerOptions, CachingJwtBearerHandler>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : null;
            options.MapInboundClaims = false;
            // Nothing reads the raw token back from the authentication properties; storing it cost every request.
            options.SaveToken = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = auth.Audience,
                IssuerSigningKey = key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RoleClaimType = "role",
                NameClaimType = "sub",
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        services.AddAuthorization(options => Policies.Add(options, Composition.Modules.All));
    }
}
