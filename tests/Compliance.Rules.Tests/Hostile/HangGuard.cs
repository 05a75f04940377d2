namespace Compliance.Rules.Tests.Hostile;

/// <summary>
/// Runs a load that used to hang on hostile input, failing the test with a clear message if it has not finished after
/// several minutes. Not a timing assertion: the bound is far above any load on a loaded two-core machine, only there so
/// a regression shows as one failed test instead of a test run that never ends.
/// </summary>
internal static class HangGuard
{
    /// <summary>The one bound of every hang guard in the tests.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>Runs <paramref name="load"/> on a worker thread and returns its result, or fails after the bound.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="what">What is being loaded, for the failure message.</param>
    /// <param name="load">The load.</param>
    /// <returns>The result.</returns>
    public static T Run<T>(string what, Func<T> load) => Run(what, Patience, load);

    /// <summary>Runs <paramref name="load"/> on a worker thread and returns its result, or fails after <paramref name="patience"/>.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="what">What is being loaded, for the failure message.</param>
    /// <param name="patience">How long to wait: a generous bound, never a performance figure.</param>
    /// <param name="load">The load.</param>
    /// <returns>The result.</returns>
    public static T Run<T>(string what, TimeSpan patience, Func<T> load)
    {
        var task = Task.Run(load);
        // WhenAny rather than Wait, so that a load that throws rethrows its own exception, not an AggregateException.
        if (Task.WhenAny(task, Task.Delay(patience)).GetAwaiter().GetResult() != task)
        {
            throw new Xunit.Sdk.XunitException($"{what} had not finished after {patience.TotalMinutes:0.#} minutes, far longer than any load takes on a loaded machine: the hostile input was not refused (the load is still running in the background)");
        }

        return task.GetAwaiter().GetResult();
    }
}
