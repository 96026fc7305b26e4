using System.Diagnostics;

namespace Showcase.Generator.Tests.Search;

/// <summary>
/// Runs the node scripts in tests/node. The first use installs the repository's dev packages (lunr.js) with
/// `npm ci` when node_modules lacks them, once per machine at a time (a lock file guards concurrent test runs).
/// </summary>
public static class NodeRunner
{
    private static readonly Lazy<string> Root = new(PrepareRoot, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string RepoRoot => Root.Value;

    public static string Script(string name) => Path.Combine(RepoRoot, "tests", "node", name);

    /// <summary>Runs `node script args…` in the repository root; fails with its stderr when it exits non-zero.</summary>
    public static string Run(string script, params string[] args)
    {
        var (code, stdout, stderr) = Exec("node", [Script(script), .. args], RepoRoot, TimeSpan.FromMinutes(5));
        if (code != 0)
        {
            throw new InvalidOperationException($"node {script} exited {code}:\n{stderr}\n{stdout}");
        }

        return stdout;
    }

    private static string PrepareRoot()
    {
        var root = FindRoot();
        if (!Installed(root))
        {
            using var gate = AcquireLock(Path.Combine(Path.GetTempPath(), "showcase-generator-npm-ci.lock"));
            if (!Installed(root))
            {
                var (code, stdout, stderr) = Exec("npm", ["ci", "--no-audit", "--no-fund"], root, TimeSpan.FromMinutes(10));
                if (code != 0 || !Installed(root))
                {
                    throw new InvalidOperationException($"npm ci failed ({code}):\n{stderr}\n{stdout}");
                }
            }
        }

        return root;
    }

    private static bool Installed(string root) =>
        File.Exists(Path.Combine(root, "node_modules", "lunr", "lunr.js"))
        && File.Exists(Path.Combine(root, "node_modules", ".package-lock.json"));

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Showcase.Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Showcase.Generator.sln not found above " + AppContext.BaseDirectory);
    }

    private static (int Code, string Stdout, string Stderr) Exec(string file, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeout}");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
