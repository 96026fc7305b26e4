using System.Diagnostics;

namespace Showcase.Site.Tests.Posters;

/// <summary>poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm): fails, never skips, when they are missing.</summary>
public static class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        var path = Path.Combine("/usr/bin", tool);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Không có {tool} ở {path}. Hãy chạy lệnh kiểm thử trong README (./test.sh), lệnh này cài 'apt-get install -y poppler-utils'.");
        }

        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)}: exit {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }
}
