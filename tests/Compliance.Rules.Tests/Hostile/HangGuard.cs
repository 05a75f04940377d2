namespace Compliance.Rules.Tests.Hostile;

/// <summary>
/// Runs a load that used to hang on hostile input, failing the test with a clear message if it has not finished after
/// several minutes. Not a timing assertion: the bound is far above any reasonable load, only there so a regression shows
/// as one failed test instead of a test run that never ends.
/// </summary>
internal static class HangGuard
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Runs <paramref name="load"/> on a worker thread and returns its result, or fails after the bound.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="what">What is being loaded, for the failure message.</param>
    /// <param name="load">The load.</param>
    /// <returns>The result.</returns>
    public static T Run<T>(string what, Func<T> load)
    {
        var task = Task.Run(load);
        if (!task.Wait(Patience))
        {
            throw new Xunit.Sdk.XunitException($"{what} did not finish within {Patience.TotalMinutes} minutes: the hostile input was not refused (the load is still running in the background)");
        }

        return task.GetAwaiter().GetResult();
    }
}
