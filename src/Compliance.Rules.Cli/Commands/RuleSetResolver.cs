using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// Turns a rule-set argument (<c>--rules</c> or a positional argument) into a compiled rule set: <c>builtin:id</c> for a
/// revision built into the library, or the path of a revision folder (or of its <c>revision.yaml</c>).
/// </summary>
internal static class RuleSetResolver
{
    /// <summary>The help text of a rule-set argument.</summary>
    public static readonly string Description =
        $"The rule set: builtin:<id> ({string.Join(", ", RuleSet.BuiltInIds.Select(id => "builtin:" + id))}) or a revision folder holding revision.yaml and indicators/*.yaml.";

    /// <summary>Normalises a rule-set argument: a path to a <c>revision.yaml</c> names its folder.</summary>
    /// <param name="value">The argument as given.</param>
    /// <returns><c>builtin:id</c> or a folder path.</returns>
    public static string Normalize(string value) =>
        File.Exists(value) && string.Equals(Path.GetFileName(value), "revision.yaml", StringComparison.Ordinal)
            ? Path.GetDirectoryName(Path.GetFullPath(value))!
            : value;

    /// <summary>Loads the rule set an argument names, with every diagnostic.</summary>
    /// <param name="value">The argument.</param>
    /// <returns>The compiled rule set with its warnings, or every diagnostic found.</returns>
    public static LoadResult<CompiledRuleSet> TryResolve(string value) => RuleSet.TryLoad(Normalize(value));

    /// <summary>Loads the rule set an argument names.</summary>
    /// <param name="value">The argument.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="CommandInputException">The rule set does not exist or has errors (every error is in the message).</exception>
    public static CompiledRuleSet Resolve(string value)
    {
        var result = TryResolve(value);
        if (result.TryGetValue(out var rules))
        {
            return rules;
        }

        var errors = result.Errors.ToList();
        throw new CommandInputException(
            $"the rule set '{value}' has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
    }
}
