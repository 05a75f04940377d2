using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The kind of page a page check looked at.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum PageType
{
    /// <summary>The homepage (首页).</summary>
    Homepage,

    /// <summary>A column page listing items (栏目页面).</summary>
    ColumnPage,

    /// <summary>A content page holding one item (内容页面).</summary>
    ContentPage,

    /// <summary>Any other page (其他页面).</summary>
    Other,
}
