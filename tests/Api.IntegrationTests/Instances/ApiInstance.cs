using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Volunteers.Api.IntegrationTests.Hosting;

namespace Volunteers.Api.IntegrationTests.Instances;

/// <summary>
/// One API instance as production runs it: the built <c>Volunteers.Api.dll</c> in its own process on real Kestrel, on
/// a loopback port the operating system picks (read back from the start-up log), killed when disposed.
/// </summary>
internal sealed partial class ApiInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiInstance(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>What the instance wrote so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the API with <paramref name="settings"/> (configuration keys, passed as environment variables) and waits until it is ready.</summary>
    public static async Task<ApiInstance> StartAsync(string name, IReadOnlyDictionary<string, string?> settings, string workingDirectory, TimeSpan timeout)
    {
        var dll = ApiProcess.Dll;
        var start = ApiProcess.StartInfo(settings, "Production", workingDirectory, "--urls", "http://127.0.0.1:0", "--contentRoot", Path.GetDirectoryName(dll)!);
        var instance = new ApiInstance(name, new Process { StartInfo = start });
        instance._process.OutputDataReceived += (_, line) => instance.Append(line.Data);
        instance._process.ErrorDataReceived += (_, line) => instance.Append(line.Data);
        instance._process.EnableRaisingEvents = true;
        instance._process.Exited += (_, _) => instance._listening.TrySetException(new InvalidOperationException($"Instance {name} exited before listening."));
        instance._process.Start();
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            var url = await instance._listening.Task.WaitAsync(cancel.Token);
            instance.Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            while (true)
            {
                try
                {
                    if ((await instance.Client.GetAsync("/health/ready", cancel.Token)).IsSuccessStatusCode)
                    {
                        return instance;
                    }
                }
                catch (HttpRequestException)
                {
                    // not accepting connections yet
                }

                await Task.Delay(200, cancel.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            await instance.DisposeAsync();
            throw new InvalidOperationException($"Instance {name} was not ready within {timeout}:\n{instance.Log}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(match.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
