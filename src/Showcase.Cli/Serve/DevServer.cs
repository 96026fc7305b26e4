using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Showcase.Cli.Serve;

/// <summary>
/// ASP.NET Core's Kestrel on 127.0.0.1, serving a <see cref="SiteSession"/> from memory at the site's base path
/// (<c>/</c> redirects there), with the live-reload events beside it. Every response is no-store: what the browser
/// shows is always the latest build.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly SiteSession _session;

    private DevServer(WebApplication app, SiteSession session)
    {
        _app = app;
        _session = session;
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:1313.</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>The address of the site's home page, under its base path.</summary>
    public string SiteAddress => Address + (_session.State.Snapshot?.BasePath ?? "/");

    public static async Task<DevServer> StartAsync(SiteSession session, int port, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = session.ContentDir });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new DevServer(app, session);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return server;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
            return;
        }

        var state = _session.State;
        if (state.Snapshot is not { } snapshot)
        {
            await WriteAsync(response, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", LiveReload.ProblemPage(state)).ConfigureAwait(false);
            return;
        }

        var basePath = snapshot.BasePath;
        if (path + "/" == basePath || (path == "/" && basePath != "/"))
        {
            response.Redirect(basePath);
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            var message = $"Trang web được phục vụ tại {basePath} (theo base_url trong site.yaml).\n";
            await WriteAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(message)).ConfigureAwait(false);
            return;
        }

        var relative = path[basePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!snapshot.IsPage(file) && snapshot.IsPage(relative + "/index.html"))
        {
            response.Redirect(path + "/");
            return;
        }

        var status = StatusCodes.Status200OK;
        var found = snapshot.Get(file);
        if (found is null && snapshot.Get(Generator.Site.Urls.NotFound) is { Content: not null } notFound)
        {
            (status, file, found) = (StatusCodes.Status404NotFound, Generator.Site.Urls.NotFound, notFound);
        }

        if (found is null)
        {
            await WriteAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Không có tệp {relative}\n")).ConfigureAwait(false);
            return;
        }

        var problem = state.Problem;
        var content = found.Content;
        if (content is null)
        {
            problem = _session.Format(found.Diagnostics);
            content = LiveReload.ProblemPage(state with { Problem = problem });
            status = StatusCodes.Status500InternalServerError;
            file = "index.html";
        }

        var type = ContentTypeOf(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal) && found.Content is not null)
        {
            content = LiveReload.Inject(content, state.Version, problem);
        }

        await WriteAsync(response, status, type, content).ConfigureAwait(false);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        var cancellation = context.RequestAborted;
        var known = int.TryParse(context.Request.Query["v"], out var v) ? v : _session.State.Version;
        try
        {
            await response.WriteAsync(": showcase\n\n", cancellation).ConfigureAwait(false);
            await response.Body.FlushAsync(cancellation).ConfigureAwait(false);
            while (!cancellation.IsCancellationRequested)
            {
                var waiting = _session.WaitForChangeAsync(known, cancellation);
                var ping = Task.Delay(TimeSpan.FromSeconds(15), cancellation);
                if (await Task.WhenAny(waiting, ping).ConfigureAwait(false) == ping)
                {
                    await response.WriteAsync(": ping\n\n", cancellation).ConfigureAwait(false);
                }
                else
                {
                    var state = await waiting.ConfigureAwait(false);
                    known = state.Version;
                    await response.WriteAsync(LiveReload.Event(state), cancellation).ConfigureAwait(false);
                }

                await response.Body.FlushAsync(cancellation).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed or the server is stopping.
        }
    }

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "application/xml" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static async Task WriteAsync(HttpResponse response, int status, string type, byte[] content)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = content.Length;
        await response.Body.WriteAsync(content).ConfigureAwait(false);
    }
}
