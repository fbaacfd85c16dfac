using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// The build writes docs/openapi.json by booting Program up to <c>Build()</c> inside the GetDocument.Insider tool
/// (Microsoft.Extensions.ApiDescription.Server); the host never runs, so no database is touched. Start-up checks that
/// guard a real deployment (secrets, connection strings) skip themselves in that mode, since nothing will be served.
/// </summary>
internal static class BuildTimeDocument
{
    public static bool IsBeingGenerated { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    /// <summary>
    /// While the document is being written the tool starts the host (with a server that listens nowhere), so background
    /// workers would start too and poll a database that does not exist: they are left out in that mode only.
    /// </summary>
    public static void SkipBackgroundWork(IServiceCollection services)
    {
        if (IsBeingGenerated)
        {
            services.RemoveAll<IHostedService>();
        }
    }
}
