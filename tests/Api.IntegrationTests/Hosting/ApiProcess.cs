using System.Diagnostics;

namespace Volunteers.Api.IntegrationTests.Hosting;

/// <summary>The built API run as its own process (<c>dotnet Volunteers.Api.dll</c>), as an operator starts it.</summary>
internal static class ApiProcess
{
    /// <summary>src/Api of this checkout.</summary>
    public static string ProjectDirectory { get; } = FindProjectDirectory();

    /// <summary>The API's build output for the configuration these tests were built with.</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
            return Path.Combine(ProjectDirectory, "bin", configuration, "net10.0", "Volunteers.Api.dll");
        }
    }

    /// <summary>Starts the API with <paramref name="settings"/> as environment variables and waits for it to exit.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunToExitAsync(IDictionary<string, string?> settings, string environment, TimeSpan timeout)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("volunteers-process-").FullName;
        var start = StartInfo(settings, environment, workingDirectory, "--urls", "http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The API did not exit within {timeout}: {await output}{await errors}");
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }

        return (process.ExitCode, await output, await errors);
    }

    /// <summary>
    /// <c>dotnet Volunteers.Api.dll</c> with <paramref name="settings"/> (configuration keys) as environment variables,
    /// in <paramref name="environment"/>, its output redirected.
    /// </summary>
    public static ProcessStartInfo StartInfo(IEnumerable<KeyValuePair<string, string?>> settings, string environment, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Dll, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static string FindProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Volunteers.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Api");
            }
        }

        throw new DirectoryNotFoundException("Volunteers.sln not found above " + AppContext.BaseDirectory);
    }
}
