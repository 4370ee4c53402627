using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using OpsPlan.Api.Errors;

namespace OpsPlan.Api.Protection;

internal static class ProtectionRegistration
{
    public const string CorsPolicy = "console";

    public static void AddProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ProtectionOptions.Section).Get<ProtectionOptions>() ?? new ProtectionOptions();
        // Protection__CorsOrigins="https://a.example,https://b.example" is one value, which the binder leaves out of an array.
        if (builder.Configuration[$"{ProtectionOptions.Section}:CorsOrigins"] is { Length: > 0 } origins)
        {
            options.CorsOrigins = origins.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }

        builder.Services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            // Room above the limits RequestHeadersMiddleware enforces, so most refusals get a problem body.
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * RequestHeadersMiddleware.MaxHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = 2 * RequestHeadersMiddleware.MaxHeaderCount;
            kestrel.Limits.MaxRequestLineSize = 2 * RequestHeadersMiddleware.MaxRequestTargetLength;
            kestrel.RequestHeaderEncodingSelector = _ => System.Text.Encoding.Latin1;
        });

        builder.Services.AddRateLimiter(limiter =>
        {
            // Health checks are never limited: a load balancer that sees 429 would take a healthy instance out.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments(HealthPaths.Prefix)
                    ? RateLimitPartition.GetNoLimiter(HealthPaths.Prefix)
                    : RateLimitPartition.GetFixedWindowLimiter(ClientPartition.KeyOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RateLimitPermits,
                        Window = options.RateLimitWindow,
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.RateLimitWindow;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<ProblemResponses>().WriteAsync(rejected.HttpContext,
                    StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This client may make {options.RateLimitPermits} requests per {options.RateLimitWindow.TotalSeconds:0} s. Retry after the Retry-After seconds.",
                    "rate-limited");
            };
        });

        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(options.CorsOrigins)
            .AllowAnyHeader()
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotent-Replayed", ResponseHeadersMiddleware.RateLimitHeader)
            // Browsers ask once an hour, not before every call.
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        if (options.RequireHttps && !builder.Environment.IsDevelopment())
        {
            builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        }
    }

    /// <summary>Before routing: HTTPS, security headers, CORS. Rate limiting needs the caller, so it runs after authentication.</summary>
    public static void UseProtection(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ProtectionOptions>().RequireHttps && !app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<ResponseHeadersMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseMiddleware<RequestHeadersMiddleware>();
        app.UseMiddleware<QueryStringMiddleware>();
        // CORS concerns only requests that carry an Origin; the middleware would otherwise still mark every request.
        app.UseWhen(context => context.Request.Headers.ContainsKey(HeaderNames.Origin), cors => cors.UseCors(CorsPolicy));
    }
}
