using Compliance.Rules.Hosting.Tests.Support;
using Compliance.Rules.Hosting.Watching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Compliance.Rules.Hosting.Tests.Watching;

/// <summary>The watcher: a burst of changes makes one reload, after the files have been quiet for the reload delay.</summary>
public sealed class RuleFileWatcherTest : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly XjbtRuleFolder _folder = new();
    private readonly FakeTimeProvider _time = new();
    private int _reloads;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Schedule_ChangesCloserThanTheDelay_ReloadOnceTheDelayAfterTheLast()
    {
        using var watcher = new RuleFileWatcher([], Delay, CountReload, NullLogger.Instance, _time);

        for (var i = 0; i < 5; i++)
        {
            watcher.Schedule();
            _time.Advance(TimeSpan.FromMilliseconds(900));
        }

        var duringBurst = _reloads;
        _time.Advance(TimeSpan.FromMilliseconds(100));

        duringBurst.Should().Be(0, "each change restarted the delay");
        _reloads.Should().Be(1);
    }

    [Fact]
    public void Dispose_ChangeAfterwards_DoesNotReload()
    {
        var watcher = new RuleFileWatcher([], Delay, CountReload, NullLogger.Instance, _time);
        watcher.Schedule();

        watcher.Dispose();
        watcher.Schedule();
        _time.Advance(Delay * 2);

        _reloads.Should().Be(0);
    }

    [Fact]
    public async Task Watch_RuleFileSavedOnDisk_SchedulesAReload()
    {
        using var watcher = new RuleFileWatcher([new WatchTarget(_folder.Revision, null, Recursive: true)], Delay, CountReload, NullLogger.Instance, _time);
        watcher.WatchedCount.Should().Be(1);

        _folder.SetNewMediaWindow(7);
        // The change arrives from the file system when it arrives: advance the fake clock past the delay until it has.
        await Eventually.HoldsAsync(
            () =>
            {
                _time.Advance(Delay);
                return Task.FromResult(_reloads);
            },
            reloads => reloads > 0,
            "the saved file to schedule a reload");
    }

    [Fact]
    public void Watch_FolderThatDoesNotExist_IsLeftToExplicitReloads()
    {
        using var watcher = new RuleFileWatcher([new WatchTarget(Path.Combine(_folder.Revision, "missing"), null, Recursive: true)], Delay, CountReload, NullLogger.Instance, _time);

        watcher.WatchedCount.Should().Be(0);
    }

    private Task CountReload()
    {
        Interlocked.Increment(ref _reloads);
        return Task.CompletedTask;
    }
}
