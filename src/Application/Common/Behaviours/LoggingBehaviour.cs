using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Volunteers.Application.Common.Behaviours;

/// <summary>Logs each use case with its duration. Only the message type is logged, never its content (personal data).</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogHandled(logger, typeof(TMessage).Name, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageType} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageType, double elapsedMilliseconds);
}
