using System.Runtime.InteropServices;
using Showcase.Generator.Content;

namespace Showcase.Generator.Output.Io;

/// <summary>
/// <see cref="OutputPlan"/> → disk, atomically: the site is written to a new folder beside the output and swapped in
/// only when every file is there, so a failed or killed build leaves the previous site whole. A file whose bytes
/// equal the previous build's is hard-linked from it instead of written again.
/// </summary>
public static partial class OutputWriter
{
    public sealed record Result(int Written, int Linked, long Bytes);

    public static Result Write(OutputPlan plan, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"không ghi được vào thư mục gốc: {outputDirectory}");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        DeleteIfExists(staging);
        DeleteIfExists(old);

        if (plan.Files.FirstOrDefault(f => !ContentValidator.IsSafeRelativePath(f.Path)) is { } unsafeFile)
        {
            throw new IOException($"đường dẫn đầu ra không an toàn: {unsafeFile.Path}");
        }

        var previous = Directory.Exists(target) ? target : null;
        var written = 0;
        var linked = 0;
        try
        {
            foreach (var directory in plan.Files.Select(f => Path.GetDirectoryName(f.Path.Replace('/', Path.DirectorySeparatorChar)) ?? string.Empty).Distinct())
            {
                Directory.CreateDirectory(Path.Combine(staging, directory));
            }

            Parallel.ForEach(plan.Files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, file =>
            {
                var destination = Path.Combine(staging, file.Path);
                if (file.Reused is { } reused)
                {
                    LinkReused(reused, destination);
                    Interlocked.Increment(ref linked);
                }
                else if (previous is not null && TryLinkUnchanged(Path.Combine(previous, file.Path), destination, file.Content))
                {
                    Interlocked.Increment(ref linked);
                }
                else
                {
                    File.WriteAllBytes(destination, file.Content);
                    Interlocked.Increment(ref written);
                }
            });

            Swap(staging, target, old);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            DeleteIfExists(staging);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        DeleteIfExists(old);
        return new Result(written, linked, plan.TotalBytes);
    }

    private static bool TryLinkUnchanged(string previousFile, string destination, byte[] content)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var info = new FileInfo(previousFile);
            if (!info.Exists || info.Length != content.Length || info.LinkTarget is not null)
            {
                return false;
            }

            var existing = File.ReadAllBytes(previousFile);
            return existing.AsSpan().SequenceEqual(content) && link(previousFile, destination) == 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    // A file an incremental build did not render again: linked from the previous output (copied where links fail).
    private static void LinkReused(ReusedFile reused, string destination)
    {
        if (OperatingSystem.IsLinux() && link(reused.From, destination) == 0)
        {
            return;
        }

        File.Copy(reused.From, destination);
        if (new FileInfo(destination).Length != reused.Length)
        {
            throw new IOException($"tệp {reused.From} của lần dựng trước đã đổi trong lúc dựng; hãy dựng lại.");
        }
    }

    /// <summary>Puts <paramref name="staging"/> at <paramref name="target"/>; on Linux in one atomic exchange.</summary>
    private static void Swap(string staging, string target, string old)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (OperatingSystem.IsLinux() && renameat2(AtFdCwd, staging, AtFdCwd, target, RenameExchange) == 0)
        {
            Directory.Move(staging, old);
            return;
        }

        Directory.Move(target, old);
        Directory.Move(staging, target);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string oldPath, string newPath);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
