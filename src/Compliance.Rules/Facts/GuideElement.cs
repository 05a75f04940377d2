using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The key element categories of a service guide (办事指南重点要素类别).</summary>
/// <remarks>
/// The 2019 indicators name ten: 事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程.
/// 办理时限 is kept for the earlier texts; a producer for the 2019 indicators records the ten.
/// </remarks>
public enum GuideElement
{
    /// <summary>The item's name (事项名称).</summary>
    [Label("事项名称")]
    ItemName,

    /// <summary>The legal basis (设定依据).</summary>
    [Label("设定依据")]
    LegalBasis,

    /// <summary>The conditions for applying (申请条件).</summary>
    [Label("申请条件")]
    Conditions,

    /// <summary>The materials to submit (办理材料).</summary>
    [Label("办理材料")]
    Materials,

    /// <summary>Where to apply (办理地点).</summary>
    [Label("办理地点")]
    Place,

    /// <summary>When to apply (办理时间).</summary>
    [Label("办理时间")]
    Hours,

    /// <summary>Contact telephone (联系电话).</summary>
    [Label("联系电话")]
    Telephone,

    /// <summary>The procedure (办理流程).</summary>
    [Label("办理流程")]
    Procedure,

    /// <summary>The time limit (办理时限).</summary>
    [Label("办理时限")]
    TimeLimit,

    /// <summary>Fees (收费标准).</summary>
    [Label("收费标准")]
    Fees,

    /// <summary>The body that handles the item (办理机构), one of the ten categories of the 2019 indicators.</summary>
    [Label("办理机构")]
    Agency,
}
