using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The kinds of assessed subjects.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum SubjectKind
{
    /// <summary>A government website (政府网站).</summary>
    Website,

    /// <summary>A government new-media account (政务新媒体).</summary>
    NewMedia,

    /// <summary>
    /// A body assessed for its supervision of websites and new media (监管工作考核对象): a provincial government's general
    /// office or a State Council department's office.
    /// </summary>
    Supervisor,
}
