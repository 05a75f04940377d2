using System.Diagnostics;
using System.Globalization;
using Compliance.Rules.Facts.Input;

namespace Compliance.Rules.Benchmarks.FactsFiles;

/// <summary>
/// <c>facts-generate json|csv PATH ACCOUNTS</c> writes a large facts file or folder; <c>facts-load PATH</c> reads it with
/// <see cref="FactsInput.Read"/> and prints the counts, the time taken and the peak working set (run it under
/// <c>/usr/bin/time -v</c> for the process's maximum resident set size).
/// </summary>
public static class FactsLoadRun
{
    /// <summary>Runs the mode named by the arguments.</summary>
    /// <param name="args">The command-line arguments, the mode first.</param>
    /// <returns>The exit code: 0 when the facts loaded, 1 otherwise.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args[0] == "facts-generate")
        {
            var accounts = int.Parse(args[3], CultureInfo.InvariantCulture);
            if (args[1] == "json")
            {
                FactsFileGenerator.WriteJson(args[2], accounts);
            }
            else
            {
                FactsFileGenerator.WriteCsv(args[2], accounts);
            }

            return 0;
        }

        var watch = Stopwatch.StartNew();
        var result = FactsInput.Read(args[1]);
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read in {watch.Elapsed.TotalSeconds:F1} s; peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MB"));
        if (!result.TryGetValue(out var batch))
        {
            Console.WriteLine($"{result.Errors.Count()} error(s); first: {result.Errors.First()}");
            return 1;
        }

        Console.WriteLine($"{batch.Subjects.Length:N0} subjects, {batch.Observations.Length:N0} observations");
        return 0;
    }
}
