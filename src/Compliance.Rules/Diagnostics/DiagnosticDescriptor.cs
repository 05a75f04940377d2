using System.Text.RegularExpressions;

namespace Compliance.Rules.Diagnostics;

/// <summary>
/// What one diagnostic code means: the code, how serious it is and a short title in English and Chinese. Every
/// <see cref="Diagnostic"/> the library reports is created from one of these (Roslyn's <c>DiagnosticDescriptor</c> is
/// the model), so a host can list, document and filter diagnostics by code.
/// </summary>
/// <remarks>
/// The core library's descriptors are in <see cref="DiagnosticCodes"/>; the testing and host packages keep the codes
/// they alone report in catalogues of their own. A code never changes its meaning once shipped.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed partial class DiagnosticDescriptor
{
    /// <summary>Initializes a new instance of the <see cref="DiagnosticDescriptor"/> class.</summary>
    /// <param name="code">The code: <c>CR</c> and four digits, such as <c>CR2004</c>.</param>
    /// <param name="defaultSeverity">The severity of every diagnostic reported with this code.</param>
    /// <param name="title">A short English title, such as "Invalid value".</param>
    /// <param name="chineseTitle">The same title in Chinese, such as 无效的值.</param>
    /// <exception cref="ArgumentException">The code is not <c>CR</c> and four digits, or a title is blank.</exception>
    public DiagnosticDescriptor(string code, DiagnosticSeverity defaultSeverity, string title, string chineseTitle)
    {
        if (code is null || !CodeForm().IsMatch(code))
        {
            throw new ArgumentException($"'{code}' is not a diagnostic code (CR and four digits)", nameof(code));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(chineseTitle);
        Code = code;
        DefaultSeverity = defaultSeverity;
        Title = title;
        ChineseTitle = chineseTitle;
    }

    /// <summary>Gets the code, such as <c>CR2004</c>: the value of <see cref="Diagnostic.Code"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the severity of every diagnostic reported with this code.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Gets a short English title, such as "Invalid value"; the diagnostic's message says what is wrong where.</summary>
    public string Title { get; }

    /// <summary>Gets the short title in Chinese, such as 无效的值.</summary>
    public string ChineseTitle { get; }

    /// <summary>Formats the descriptor as its code and title, such as <c>CR2004 Invalid value</c>.</summary>
    /// <returns>The code and the English title.</returns>
    public override string ToString() => $"{Code} {Title}";

    [GeneratedRegex("^CR[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeForm();
}
