using System.Globalization;
using Showcase.Generator.Build;
using Spectre.Console;

namespace Showcase.Cli;

/// <summary>
/// Shows how a build goes. On a terminal, a live progress display (Spectre.Console) appears once the build has taken
/// more than a moment and is cleared at the end; when output is redirected or CI=true, plain lines, one per finished
/// phase, for builds longer than a few seconds or with --verbose; with --quiet, nothing.
/// </summary>
public sealed class BuildProgressDisplay : IProgress<BuildProgress>, IDisposable
{
    /// <summary>How long a build runs before the live display appears on a terminal.</summary>
    public static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(400);

    /// <summary>How long a build runs before plain phase lines are printed without --verbose.</summary>
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(2);

    private readonly TextWriter? _plain;
    private readonly bool _verbose;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly Dictionary<BuildPhase, (int Done, int Total, TimeSpan Started)> _phases = [];
    private readonly HashSet<BuildPhase> _finished = [];
    private readonly CancellationTokenSource _done = new();
    private readonly Task _live = Task.CompletedTask;

    private BuildProgressDisplay(TextWriter? plain, bool verbose, bool live)
    {
        _plain = plain;
        _verbose = verbose;
        if (live)
        {
            _live = Task.Run(ShowLiveAsync);
        }
    }

    /// <summary>The display that suits where <paramref name="output"/> goes.</summary>
    public static BuildProgressDisplay For(TextWriter output, bool quiet, bool verbose)
    {
        if (quiet)
        {
            return new BuildProgressDisplay(null, verbose: false, live: false);
        }

        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        return terminal ? new BuildProgressDisplay(null, verbose, live: true) : new BuildProgressDisplay(output, verbose, live: false);
    }

    public static string Name(BuildPhase phase) => phase switch
    {
        BuildPhase.Read => "Đọc nội dung",
        BuildPhase.Load => "Phân tích tệp",
        BuildPhase.Validate => "Kiểm tra tham chiếu",
        BuildPhase.Model => "Dựng mô hình dữ liệu",
        BuildPhase.Render => "Dựng trang",
        BuildPhase.Search => "Dựng chỉ mục tìm kiếm",
        BuildPhase.Plan => "Gom tệp",
        BuildPhase.Write => "Ghi ra thư mục đầu ra",
        _ => phase.ToString(),
    };

    public void Report(BuildProgress value)
    {
        TimeSpan? finished = null;
        lock (_lock)
        {
            if (!_phases.TryGetValue(value.Phase, out var known))
            {
                _phases[value.Phase] = (value.Done, value.Total, _clock.Elapsed);
            }
            else
            {
                _phases[value.Phase] = (value.Done, value.Total, known.Started);
                if (value.IsComplete && _finished.Add(value.Phase))
                {
                    finished = _clock.Elapsed - known.Started;
                }
            }
        }

        if (finished is { } elapsed && _plain is not null && (_verbose || _clock.Elapsed > Long))
        {
            var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.GetCultureInfo("vi-VN"));
            _plain.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Name(value.Phase)}: {value.Total.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} mục, {seconds} giây"));
        }
    }

    private async Task ShowLiveAsync()
    {
        try
        {
            await Task.Delay(Moment, _done.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<BuildPhase, ProgressTask>();
                while (true)
                {
                    lock (_lock)
                    {
                        foreach (var (phase, (done, total, _)) in _phases.OrderBy(p => p.Key))
                        {
                            if (!tasks.TryGetValue(phase, out var task))
                            {
                                task = tasks[phase] = context.AddTask(Name(phase), maxValue: Math.Max(total, 1));
                            }

                            task.MaxValue = Math.Max(total, 1);
                            task.Value = total == 0 && done == 0 ? 0 : Math.Min(done, task.MaxValue);
                        }
                    }

                    if (_done.IsCancellationRequested)
                    {
                        return;
                    }

                    try
                    {
                        await Task.Delay(100, _done.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
            }).ConfigureAwait(false);
    }

    /// <summary>Stops the live display (it clears itself) before the summary is printed.</summary>
    public void Dispose()
    {
        if (_done.IsCancellationRequested)
        {
            return;
        }

        _done.Cancel();
        _live.GetAwaiter().GetResult();
    }
}
