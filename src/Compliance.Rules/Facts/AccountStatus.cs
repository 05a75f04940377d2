using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The operating status of a new-media account.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum AccountStatus
{
    /// <summary>The account is operating (正常运行).</summary>
    Active,

    /// <summary>The account has been closed or deregistered (已关停).</summary>
    Closed,
}
