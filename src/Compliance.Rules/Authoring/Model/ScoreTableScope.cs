namespace Compliance.Rules.Authoring.Model;

/// <summary>Which websites a report's score table lists.</summary>
internal enum ScoreTableScope
{
    /// <summary>Every scored website (<c>score_table: scored</c>, the default).</summary>
    Scored,

    /// <summary>The scored websites that received bonus points (<c>score_table: with_bonus</c>), as the 兵团 notices list them.</summary>
    WithBonus,
}
