using Compliance.Rules.Facts;
using Compliance.Rules.Labels;

namespace Compliance.Rules;

/// <summary>
/// The Chinese labels of the library's enumerations, as reports, notices, rule files and facts input write them: 合格 and
/// 不合格 for <see cref="Results.Verdict"/>, 单项否决 and 扣分 for <see cref="IndicatorKind"/>, 政务新媒体 for
/// <see cref="SubjectKind.NewMedia"/>, 动态要闻 for <see cref="ColumnCategory.News"/>, and so on.
/// </summary>
/// <remarks>
/// A host that shows a result to Chinese readers takes every label from here rather than from <see cref="Enum.ToString()"/>,
/// which gives the member's English name (<c>Pass</c>, <c>Veto</c>). Every member of every public enumeration of the
/// library has a label except the members of <see cref="Reporting.ReportFormat"/>, which name a setting, not things a
/// reader sees; for those, and for an
/// enumeration of another assembly, <see cref="Of{TEnum}(TEnum)"/> gives the member's name. This type is thread-safe.
/// </remarks>
public static class ChineseLabels
{
    /// <summary>Gets the Chinese label of a value.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as 合格 for <see cref="Results.Verdict.Pass"/>; the member's name when it has no label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of its enumeration.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"not a member of {typeof(TEnum).Name}");
        }

        return EnumVocabulary.Has(typeof(TEnum)) ? EnumVocabulary.LabelOf(value) : value.ToString();
    }

    /// <summary>
    /// Reads a Chinese label or the name the rule language gives the value back into the value: the name in any letter
    /// case, with or without its underscores (<c>not_assessed</c>, <c>NotAssessed</c>); for an enumeration without a
    /// label, its member name in any letter case.
    /// </summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="text">The text, such as 不合格, <c>Fail</c> or <c>not_assessed</c>; white space around it is ignored.</param>
    /// <param name="value">The value, when the text names a member.</param>
    /// <returns><see langword="true"/> when the text names a member.</returns>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        if (EnumVocabulary.Has(typeof(TEnum)))
        {
            var found = EnumVocabulary.TryParse(typeof(TEnum), text, out var parsed);
            value = found ? (TEnum)parsed! : default;
            return found;
        }

        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }
}
