using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The kind of page a page check looked at.</summary>
public enum PageType
{
    /// <summary>The homepage (首页).</summary>
    [Label("首页")]
    Homepage,

    /// <summary>A column page listing items (栏目页面).</summary>
    [Label("栏目页")]
    ColumnPage,

    /// <summary>A content page holding one item (内容页面).</summary>
    [Label("内容页")]
    ContentPage,

    /// <summary>Any other page (其他页面).</summary>
    [Label("其他页")]
    Other,
}
