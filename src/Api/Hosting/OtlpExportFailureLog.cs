using System.Diagnostics.Tracing;

namespace Volunteers.Api.Hosting;

/// <summary>
/// The OTLP exporter reports a collector it cannot reach only through its EventSource, which nobody reads, so a wrong
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> would silently drop every trace and metric. This listens to that EventSource and
/// writes the first failure to the log, once per process, as a warning (repeating it on every export would flood the log).
/// </summary>
internal sealed partial class OtlpExportFailureLog(ILogger<OtlpExportFailureLog> logger) : EventListener, IHostedService
{
    private const string ExporterEventSource = "OpenTelemetry-Exporter-OpenTelemetryProtocol";

    private int _reported;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Sources created before the logger was resolved were announced to OnEventSourceCreated already.
        foreach (var source in EventSource.GetSources().Where(s => s.Name == ExporterEventSource))
        {
            EnableEvents(source, EventLevel.Error);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == ExporterEventSource)
        {
            EnableEvents(eventSource, EventLevel.Error);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.Level > EventLevel.Error || Interlocked.Exchange(ref _reported, 1) == 1)
        {
            return;
        }

        var message = eventData.Message is { } format && eventData.Payload is { } payload
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, [.. payload])
            : eventData.EventName;
        // The first line says which endpoint and why; the rest would be the exporter's stack trace.
        LogExportFailing(logger, message?.ReplaceLineEndings("\n").Split('\n')[0]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OTLP exporter cannot deliver traces and metrics (reported once): {Failure}")]
    private static partial void LogExportFailing(ILogger logger, string? failure);
}
