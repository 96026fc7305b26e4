using System.Net;
using System.Net.Sockets;

namespace Showcase.Site.Tests.Infrastructure;

/// <summary>
/// A plain static file server on 127.0.0.1 that serves a folder under a sub-path, as the city portal will:
/// no rewriting beyond "folder/ → folder/index.html", 404.html for what is missing.
/// </summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _subPath;
    private readonly CancellationTokenSource _stop = new();

    public StaticServer(string root, string subPath = "/")
    {
        _root = Path.GetFullPath(root);
        _subPath = subPath.EndsWith('/') ? subPath : subPath + "/";
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }

    /// <summary>The site's address: http://127.0.0.1:PORT/sub-path/.</summary>
    public string BaseAddress => $"http://127.0.0.1:{Port}{_subPath}";

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            string? file = null;
            if (path.StartsWith(_subPath, StringComparison.Ordinal))
            {
                var relative = path[_subPath.Length..];
                if (relative.Length == 0 || relative.EndsWith('/'))
                {
                    relative += "index.html";
                }

                var full = Path.GetFullPath(Path.Combine(_root, relative));
                if (full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
                {
                    file = full;
                }
            }

            var status = 200;
            if (file is null)
            {
                status = 404;
                file = Path.Combine(_root, "404.html");
            }

            var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
            context.Response.StatusCode = status;
            context.Response.ContentType = ContentType(file);
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
        }
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".csv" => "text/csv; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".woff2" => "font/woff2",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
