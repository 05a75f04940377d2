namespace Compliance.Rules.Facts;

/// <summary>The kinds of assessed subjects.</summary>
public enum SubjectKind
{
    /// <summary>A government website (政府网站).</summary>
    [Label("政府网站")]
    Website,

    /// <summary>A government new-media account (政务新媒体).</summary>
    [Label("政务新媒体")]
    NewMedia,
}
