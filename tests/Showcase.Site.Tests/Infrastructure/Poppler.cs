using System.Diagnostics;

namespace Showcase.Site.Tests.Infrastructure;

/// <summary>poppler-utils (pdfinfo, pdftotext, pdftoppm), run as processes. Missing tools fail the test and say how to get them.</summary>
public static class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        var path = $"/usr/bin/{tool}";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Không có {path}. Hãy chạy lệnh kiểm thử trong README (./test.sh), lệnh này cài 'apt-get install -y poppler-utils'.");
        }

        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new TimeoutException($"{tool} did not finish in a minute");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }
}
