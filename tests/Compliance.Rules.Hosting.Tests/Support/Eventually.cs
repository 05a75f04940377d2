namespace Compliance.Rules.Hosting.Tests.Support;

/// <summary>Waits for something that happens in the background (a file-watch reload), polling, with a generous limit.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Polls until the condition holds; fails with the description when it does not within <see cref="Limit"/>.</summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string description)
    {
        using var timeout = new CancellationTokenSource(Limit);
        var last = await probe();
        while (!condition(last))
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"waited {Limit.TotalSeconds:0} s for {description}; the last value seen was: {last}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
            last = await probe();
        }

        return last;
    }
}
