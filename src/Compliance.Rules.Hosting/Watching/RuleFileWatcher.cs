using Compliance.Rules.Hosting.Observability;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Watching;

/// <summary>
/// Watches rule folders and calendar files, and reloads once they have been quiet for the reload delay after a
/// change: an editor's save (often a write, a rename and a delete) or a copy of many files makes one reload.
/// </summary>
/// <remarks>
/// Every change restarts the delay. The reload runs on the thread pool; a change during a reload schedules another,
/// which waits for the first. A folder that cannot be watched (missing, or the system's limit of watches reached) is
/// logged (event 16) and left to explicit reloads.
/// </remarks>
internal sealed class RuleFileWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ITimer _timer;
    private readonly Func<Task> _reload;
    private readonly ILogger _logger;
    private readonly TimeSpan _delay;
    private int _disposed;

    public RuleFileWatcher(IEnumerable<WatchTarget> targets, TimeSpan delay, Func<Task> reload, ILogger logger, TimeProvider time)
    {
        _delay = delay;
        _reload = reload;
        _logger = logger;
        _timer = time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var target in targets)
        {
            Watch(target);
        }
    }

    /// <summary>Gets the number of folders being watched.</summary>
    public int WatchedCount => _watchers.Count;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Watch(WatchTarget target)
    {
        var shown = target.FileName is null ? target.Directory : Path.Combine(target.Directory, target.FileName);
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(target.Directory)
            {
                Filter = target.FileName ?? string.Empty,
                IncludeSubdirectories = target.Recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            watcher?.Dispose();
            Log.NotWatched(_logger, shown, ex.Message);
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        Log.Changed(_logger, e.FullPath, _delay);
        Schedule();
    }

    // The watcher's buffer overflowed, or the folder went away: some change was missed, so reload anyway.
    private void OnError(object sender, ErrorEventArgs e)
    {
        Log.Changed(_logger, ((FileSystemWatcher)sender).Path, _delay);
        Schedule();
    }

    /// <summary>Starts the reload delay again: what every change does.</summary>
    internal void Schedule()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        try
        {
            _timer.Change(_delay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check and the call: the host is stopping.
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await _reload().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A reload that is rejected returns normally; this is an unexpected failure, logged and survived.
            Log.ReloadFailed(_logger, ex);
        }
    }
}
