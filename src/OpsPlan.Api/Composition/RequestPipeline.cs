using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpsPlan.Api.Endpoints.Admin;
using OpsPlan.Api.Endpoints.Audit;
using OpsPlan.Api.Protection;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.Api.Composition;

internal static class RequestPipeline
{
    public static void UseOpsPlan(this WebApplication app)
    {
        app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        var examples = app.Services.GetRequiredService<ExampleCatalog>();
        foreach (var module in Composition.Modules.All)
        {
            module.RegisterExamples(examples);
        }

        // HEAD is GET without the body (RFC 9110 §9.3.2): a client reads a resource's ETag or a list's headers without
        // the body. Rewritten before routing, so every GET answers it; the server still knows it was HEAD and sends no body.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
        app.UseRouting();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.Use((context, next) =>
        {
            // Correlation only: the trace id stays the server's (ServerTraceContext).
            if (context.Request.Headers.TryGetValue("traceparent", out var clientTrace))
            {
                System.Diagnostics.Activity.Current?.SetTag(ServerTraceContext.ClientTraceParentTag, clientTrace.ToString());
            }

            return next(context);
        });
        app.UseProtection();
        // Empty 401/403/404/405/415 responses from the framework get a problem body too.
        app.UseStatusCodePages();
        // Only /swagger requests pass through the document and UI middleware; API calls skip both.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), swagger =>
        {
            swagger.UseSwagger();
            swagger.UseSwaggerUI(options =>
            {
                options.SwaggerEndpoint("/swagger/v1/swagger.json", "OpsPlan API v1");
                options.EnablePersistAuthorization();
                options.DisplayRequestDuration();
            });
        });
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapHealthChecks(HealthPaths.Live, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(HealthPaths.Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteReadinessAsync })
            .AllowAnonymous();
        foreach (var module in Composition.Modules.All)
        {
            module.Map(app);
        }

        app.MapAudit();
        app.MapOutboxFailures();
    }

    // An operator reads why the instance is not ready: "Unhealthy: The risk database: the file is missing."
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var reasons = report.Entries.Values.Select(entry => entry.Description).OfType<string>().ToList();
        return context.Response.WriteAsync(reasons.Count == 0 ? report.Status.ToString() : report.Status + ": " + string.Join(" ", reasons));
    }
}
