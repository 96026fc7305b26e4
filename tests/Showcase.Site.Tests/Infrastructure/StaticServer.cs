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

    /// <summary>
    /// Answers one request, and never leaves it open: when the browser goes away mid-answer (leaving a page cancels
    /// what it was still fetching) or the server is being disposed, the connection is dropped, so that nothing waits
    /// on it until a timeout.
    /// </summary>
    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        var closed = false;
        try
        {
            var (status, contentType, body) = Answer(context.Request.Url!);
            response.StatusCode = status;
            response.ContentType = contentType;
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
            response.Close();
            closed = true;
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser or the server is gone: the connection is dropped below.
        }
        finally
        {
            if (!closed)
            {
                Abort(response);
            }
        }
    }

    /// <summary>The file under the sub-path; else 404.html with 404; a 500 that says why when a file cannot be read.</summary>
    private (int Status, string ContentType, byte[] Body) Answer(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        var file = Path.Combine(_root, "404.html");
        var status = 404;
        if (path.StartsWith(_subPath, StringComparison.Ordinal) && !path.Contains('\0', StringComparison.Ordinal))
        {
            var relative = path[_subPath.Length..];
            if (relative.Length == 0 || relative.EndsWith('/'))
            {
                relative += "index.html";
            }

            var full = Path.GetFullPath(Path.Combine(_root, relative));
            if (full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                (file, status) = (full, 200);
            }
        }

        try
        {
            return (status, ContentType(file), File.Exists(file) ? File.ReadAllBytes(file) : []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (500, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(e.Message));
        }
    }

    private static void Abort(HttpListenerResponse response)
    {
        try
        {
            response.Abort();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // Already gone.
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
