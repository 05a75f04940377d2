using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;
using Xunit.Sdk;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// What every fuzzed input must satisfy: it finishes within a generous bound, throws nothing but the documented
/// exceptions, and every diagnostic carries a documented code.
/// </summary>
internal static class FuzzCheck
{
    /// <summary>The per-input bound: the hang guard's, far above any load of a file within the limits on a loaded machine, so only a hang reaches it.</summary>
    public static readonly TimeSpan Patience = HangGuard.Patience;

    private static readonly LocalDate EarliestAsOf = new(1990, 1, 1);
    private static readonly LocalDate LatestAsOf = new(2100, 12, 31);

    /// <summary>Runs the loads of one input under the hang guard; an exception that escapes them fails, naming the input.</summary>
    /// <param name="input">The input, for messages: the file, the mutations and the seed.</param>
    /// <param name="load">The loads and their assertions.</param>
    public static void Run(string input, Action load)
    {
        try
        {
            HangGuard.Run(input, Patience, () =>
            {
                load();
                return 0;
            });
        }
        catch (Exception ex) when (ex is not XunitException)
        {
            throw new XunitException($"{input}: threw an undocumented {ex.GetType().FullName}: {ex.Message}{Environment.NewLine}{ex}");
        }
    }

    /// <summary>Checks a load's diagnostics: documented codes only, and an error whenever it failed.</summary>
    /// <typeparam name="T">The loaded type.</typeparam>
    /// <param name="input">The input, for messages.</param>
    /// <param name="result">The result.</param>
    /// <returns>The result, for chaining.</returns>
    public static LoadResult<T> Diagnostics<T>(string input, LoadResult<T> result)
        where T : class
    {
        Codes(input, result.Diagnostics);
        if (!result.Success && !result.Errors.Any())
        {
            throw new XunitException($"{input}: the load failed without an error");
        }

        return result;
    }

    /// <summary>Checks that diagnostics carry documented codes of the form CR and four digits.</summary>
    /// <param name="input">The input, for messages.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public static void Codes(string input, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!DocumentedCodes.IsWellFormed(diagnostic.Code) || !DocumentedCodes.All.Contains(diagnostic.Code))
            {
                throw new XunitException($"{input}: diagnostic code '{diagnostic.Code}' is not documented in rules/README.md or rules/calendars/README.md: {diagnostic}");
            }
        }
    }

    /// <summary>
    /// Checks a batch against a rule set and evaluates it: documented codes only, one assessment per subject in the
    /// batch's order, and no exception except the documented ones (a calendar range, an as-of date outside 1990–2100).
    /// </summary>
    /// <param name="input">The input, for messages.</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="batch">The batch.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The result, or <see langword="null"/> when a documented exception was thrown.</returns>
    public static BatchResult? Evaluate(string input, CompiledRuleSet rules, FactBatch batch, LocalDate asOf)
    {
        Codes(input, rules.Check(batch));
        BatchResult result;
        try
        {
            result = rules.Evaluate(batch, asOf);
        }
        catch (CalendarRangeException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException) when (asOf < EarliestAsOf || asOf > LatestAsOf)
        {
            return null;
        }

        if (asOf < EarliestAsOf || asOf > LatestAsOf)
        {
            throw new XunitException($"{input}: the as-of date {asOf} lies outside 1990–2100, but the evaluation did not refuse it");
        }

        Codes(input, result.Warnings);
        if (!result.Assessments.Select(a => a.Subject).SequenceEqual(batch.Subjects))
        {
            throw new XunitException($"{input}: {result.Assessments.Length} assessments for {batch.Subjects.Length} subjects, or not one per subject in the batch's order");
        }

        return result;
    }

    /// <summary>Makes an empty temporary folder.</summary>
    /// <returns>Its path.</returns>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cr-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes a temporary folder, ignoring a file a hung load still holds.</summary>
    /// <param name="folder">The folder.</param>
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
