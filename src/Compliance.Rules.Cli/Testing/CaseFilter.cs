using System.Text;
using System.Text.RegularExpressions;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Cli.Testing;

/// <summary>
/// The cases <c>test --filter</c> selects. A pattern without <c>*</c> or <c>?</c> is a part of the case's display id
/// (<c>file.yaml/case name</c>), so <c>2024q2</c> selects a file and <c>超14天</c> the cases whose names say so; a
/// pattern with them is a glob (<c>*</c> any run of characters, <c>?</c> one character) matched against the whole
/// display id, the file name or the case name, so <c>notice-*.yaml</c> selects files and <c>*/兵团*</c> cases.
/// </summary>
/// <remarks>Matching ignores the case of Latin letters and takes time linear in the id (no backtracking). This type is immutable and thread-safe.</remarks>
internal sealed class CaseFilter
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly string _pattern;
    private readonly Regex? _glob;

    /// <summary>Initializes a new instance of the <see cref="CaseFilter"/> class.</summary>
    /// <param name="pattern">The pattern as given.</param>
    public CaseFilter(string pattern)
    {
        _pattern = pattern;
        _glob = pattern.AsSpan().IndexOfAny('*', '?') >= 0 ? Glob(pattern) : null;
    }

    /// <summary>Tells whether a case is selected.</summary>
    /// <param name="regressionCase">The case.</param>
    /// <returns><see langword="true"/> when the pattern matches it.</returns>
    public bool Matches(RegressionCase regressionCase)
    {
        ArgumentNullException.ThrowIfNull(regressionCase);
        var id = regressionCase.DisplayId;
        return _glob is null
            ? id.Contains(_pattern, StringComparison.OrdinalIgnoreCase)
            : _glob.IsMatch(id) || _glob.IsMatch(Path.GetFileName(regressionCase.File)) || _glob.IsMatch(regressionCase.Name);
    }

    private static Regex Glob(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var c in pattern)
        {
            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking, MatchTimeout);
    }
}
