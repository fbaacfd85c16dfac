using System.Data.Common;
using System.Net.Sockets;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.Hosting;

/// <summary>
/// Before migrating and seeding, a server provider's host must answer on its port within <see cref="Timeout"/>; if it
/// does not, the start stops with one line naming the provider, the host and the key to fix, rather than a stack trace
/// after the driver's own retries.
/// </summary>
internal static class DatabaseReachability
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private static readonly string[] ServerKeys = ["Server", "Host", "Data Source", "Address", "Addr"];

    private static readonly Dictionary<string, int> DefaultPorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SqlServer"] = 1433,
        ["Postgres"] = 5432,
    };

    /// <summary>One line for the operator when the database server cannot be reached; null when it answers (or is a file).</summary>
    public static async Task<string?> FindProblemAsync(DatabaseProvider provider, string? connectionString, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite || ServerAddress(provider, connectionString) is not var (host, port))
        {
            return null;
        }

        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await client.ConnectAsync(host, port, timeout.Token);
            return null;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            var why = e is OperationCanceledException ? $"did not answer within {Timeout.TotalSeconds:0} s" : $"cannot be reached ({((SocketException)e).SocketErrorCode})";
            return $"Database:Provider {provider}: the database server {host}:{port} {why}; check the host and port in ConnectionStrings:Volunteers and that the server runs.";
        }
    }

    /// <summary>The line for a database that was reached but refused the start (login, permissions, a missing database).</summary>
    public static string Refused(DatabaseProvider provider, string? connectionString, DbException error) =>
        $"Database:Provider {provider}: the database at {ServerAddress(provider, connectionString)?.Host ?? "(file)"} refused the start: {error.Message.ReplaceLineEndings(" ")} Check ConnectionStrings:Volunteers.";

    /// <summary>
    /// Host and TCP port from the connection string (<c>Server=tcp:host,1433</c>, <c>Host=h;Port=5432</c>); null for
    /// addresses that are not plain TCP (named instances, pipes, LocalDB), which the driver itself resolves.
    /// </summary>
    private static (string Host, int Port)? ServerAddress(DatabaseProvider provider, string? connectionString)
    {
        var settings = new DbConnectionStringBuilder { ConnectionString = connectionString ?? string.Empty };
        var server = ServerKeys
            .Select(key => settings.TryGetValue(key, out var value) ? value?.ToString() : null)
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        if (server is null || !DefaultPorts.TryGetValue(provider.ToString(), out var port))
        {
            return null;
        }

        server = server.Trim();
        if (server.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
        {
            server = server[4..];
        }

        if (server.Contains('\\') || server.StartsWith('(') || server.StartsWith("np:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // SQL Server writes the port after a comma (host,1433); PostgreSQL has a Port key, or host:port, and may list
        // several hosts (the first is probed).
        var sqlServer = provider.ToString() == "SqlServer";
        var parts = server.Split(',');
        var host = sqlServer ? parts[0].Trim() : parts[0].Trim().Split(':')[0];
        if (sqlServer && parts.Length > 1 && int.TryParse(parts[1], out var sqlPort))
        {
            port = sqlPort;
        }
        else if (!sqlServer && parts[0].Split(':') is [_, var hostPort] && int.TryParse(hostPort, out var inlinePort))
        {
            port = inlinePort;
        }
        else if (settings.TryGetValue("Port", out var portValue) && int.TryParse(portValue?.ToString(), out var explicitPort))
        {
            port = explicitPort;
        }

        return host.Length == 0 || host == "." ? null : (host, port);
    }
}
