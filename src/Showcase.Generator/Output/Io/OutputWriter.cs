using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Showcase.Generator.Content;

namespace Showcase.Generator.Output.Io;

/// <summary>
/// Files → disk, atomically: the site is written to a new folder beside the output and swapped in only when every
/// file is there, so a failed or killed build leaves the previous site whole. A file whose bytes equal the previous
/// build's, or that an incremental build took from it, is hard-linked from it instead of written again.
/// <see cref="Begin"/> writes files as the build makes them (on threads of its own, beside the rendering);
/// <see cref="Write"/> writes a finished plan.
/// </summary>
public static partial class OutputWriter
{
    /// <param name="Cleanup">How long removing the previous output took, after the swap.</param>
    public sealed record Result(int Written, int Linked, long Bytes, TimeSpan Cleanup = default);

    public static Result Write(OutputPlan plan, string outputDirectory)
    {
        using var staging = Begin(outputDirectory);
        foreach (var file in plan.Files)
        {
            staging.Add(file);
        }

        return staging.Commit();
    }

    /// <summary>Starts a new output folder beside <paramref name="outputDirectory"/>; dispose without <see cref="Staging.Commit"/> to drop it.</summary>
    /// <param name="trash">
    /// A folder (beside the output, on its file system) to move the replaced site into instead of deleting it at the
    /// end: what an earlier build left there is deleted while this one runs, on a thread of its own. Null to delete
    /// the replaced site before <see cref="Staging.Commit"/> returns.
    /// </param>
    public static Staging Begin(string outputDirectory, string? trash = null) => new(outputDirectory, trash);

    /// <summary>An output folder being written: files added from any thread are written by the staging's own writers.</summary>
    public sealed class Staging : IOutputSink, IDisposable
    {
        private const int Writers = 2;

        private readonly string _target;
        private readonly string _staging;
        private readonly string _old;
        private readonly bool _keepOld;
        private readonly string? _previous;
        private readonly BlockingCollection<OutputFile> _queue = new(boundedCapacity: 4096);
        private readonly ConcurrentDictionary<string, bool> _paths = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
        private readonly Thread[] _writers;
        private Exception? _failure;
        private int _written;
        private int _linked;
        private long _bytes;
        private bool _committed;

        private readonly Task _emptyTrash = Task.CompletedTask;

        internal Staging(string outputDirectory, string? trash)
        {
            _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
            var parent = Path.GetDirectoryName(_target) ?? throw new IOException($"không ghi được vào thư mục gốc: {outputDirectory}");
            var name = Path.GetFileName(_target);
            Directory.CreateDirectory(parent);
            _staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
            _old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
            DeleteIfExists(_staging);
            DeleteIfExists(_old);
            if (trash is not null)
            {
                _keepOld = true;
                Directory.CreateDirectory(trash);
                var earlier = Directory.GetDirectories(trash, "site-*");
                _old = Path.Combine(trash, $"site-{Environment.ProcessId}-{DateTime.UtcNow.Ticks}");
                _emptyTrash = earlier.Length == 0 ? Task.CompletedTask : Task.Factory.StartNew(
                    () =>
                    {
                        foreach (var folder in earlier)
                        {
                            try
                            {
                                DeleteIfExists(folder);
                            }
                            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                            {
                                // Left for the next build to try again.
                            }
                        }
                    },
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
            }

            Directory.CreateDirectory(_staging);
            _directories[string.Empty] = true;
            _previous = Directory.Exists(_target) ? _target : null;
            _writers = new Thread[Writers];
            for (var i = 0; i < Writers; i++)
            {
                _writers[i] = new Thread(WriteQueued) { IsBackground = true, Name = $"showcase-writer-{i}" };
                _writers[i].Start();
            }
        }

        public void Add(OutputFile file)
        {
            if (!ContentValidator.IsSafeRelativePath(file.Path))
            {
                throw new IOException($"đường dẫn đầu ra không an toàn: {file.Path}");
            }

            if (!_paths.TryAdd(file.Path, true))
            {
                throw new InvalidOperationException($"two outputs for one path: {file.Path}");
            }

            if (Volatile.Read(ref _failure) is { } failure)
            {
                throw new IOException($"không ghi được trang web: {failure.Message}", failure);
            }

            _queue.Add(file);
        }

        /// <summary>Waits for every file to be written, then puts the new folder in the output's place; an <see cref="IOException"/> when a file could not be written.</summary>
        public Result Commit()
        {
            Drain();
            if (_failure is { } failure)
            {
                throw failure as IOException ?? new IOException(failure.Message, failure);
            }

            Swap(_staging, _target, _old);
            _committed = true;
            var cleanup = System.Diagnostics.Stopwatch.StartNew();
            if (!_keepOld)
            {
                DeleteIfExists(_old);
            }

            _emptyTrash.Wait();
            return new Result(_written, _linked, _bytes, cleanup.Elapsed);
        }

        public void Dispose()
        {
            if (_committed)
            {
                return;
            }

            Drain();
            DeleteIfExists(_staging);
            _emptyTrash.Wait();
        }

        private void Drain()
        {
            if (!_queue.IsAddingCompleted)
            {
                _queue.CompleteAdding();
            }

            foreach (var writer in _writers)
            {
                writer.Join();
            }
        }

        private void WriteQueued()
        {
            foreach (var file in _queue.GetConsumingEnumerable())
            {
                if (Volatile.Read(ref _failure) is not null)
                {
                    continue;
                }

                try
                {
                    WriteOne(file);
                }
                catch (Exception e)
                {
                    // Kept for Commit to throw on the build's thread; the other files are not written.
                    Interlocked.CompareExchange(ref _failure, e, null);
                }
            }
        }

        private void WriteOne(OutputFile file)
        {
            var directory = Path.GetDirectoryName(file.Path.Replace('/', Path.DirectorySeparatorChar)) ?? string.Empty;
            if (!_directories.ContainsKey(directory))
            {
                Directory.CreateDirectory(Path.Combine(_staging, directory));
                _directories[directory] = true;
            }

            var destination = Path.Combine(_staging, file.Path);
            Interlocked.Add(ref _bytes, file.Length);
            if (file.Reused is { } reused)
            {
                LinkReused(reused, destination);
                Interlocked.Increment(ref _linked);
            }
            else if (_previous is not null && TryLinkUnchanged(Path.Combine(_previous, file.Path), destination, file.Content))
            {
                Interlocked.Increment(ref _linked);
            }
            else
            {
                File.WriteAllBytes(destination, file.Content);
                Interlocked.Increment(ref _written);
            }
        }
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
            // The new site is in place; the old one (now at the staging path) goes aside, or is deleted if it cannot.
            try
            {
                Directory.Move(staging, old);
            }
            catch (IOException)
            {
                DeleteIfExists(staging);
            }

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
