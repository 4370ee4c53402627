using Microsoft.Extensions.Logging;

namespace OpsPlan.BuildingBlocks.Application.Behaviours;

/// <summary>The pipeline's log lines, generated so that a disabled level costs a request nothing (no boxing, no array).</summary>
internal static partial class RequestLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} succeeded in {ElapsedMs:0.0} ms")]
    public static partial void Succeeded(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} failed with {Error} in {ElapsedMs:0.0} ms")]
    public static partial void Failed(ILogger logger, string request, string error, double elapsedMs);
}
