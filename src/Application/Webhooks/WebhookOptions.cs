namespace Volunteers.Application.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>: which receiver URLs are allowed and how the dispatcher works.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Allow <c>http</c> and loopback receivers (localhost, 127.0.0.0/8, ::1) for local testing. On in Development only.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Run the background dispatcher in this instance (every instance may; leases keep them apart).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How long the dispatcher waits between passes that found nothing to do.</summary>
    public int PollingIntervalSeconds { get; set; } = 5;

    /// <summary>How long one delivery may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How many deliveries one pass claims.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How many deliveries one pass sends at the same time.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How long finished deliveries (and their events) stay visible at <c>GET /webhooks/{id}/deliveries</c>.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// How long a claimed delivery stays reserved for its dispatcher: long enough for a whole batch to time out, plus a
    /// minute; after that another instance may take it over.
    /// </summary>
    public TimeSpan Lease =>
        TimeSpan.FromSeconds(TimeoutSeconds * Math.Ceiling(BatchSize / (double)Math.Max(1, MaxConcurrency)) + 60);
}
