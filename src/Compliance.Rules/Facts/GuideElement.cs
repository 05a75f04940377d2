using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The key element categories of a service guide (办事指南重点要素类别).</summary>
/// <remarks>
/// The 2019 indicators name ten: 事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程.
/// 办理时限 is kept for the earlier texts; a producer for the 2019 indicators records the ten.
/// </remarks>
[EnumTerms(typeof(CategoryVocabulary))]
public enum GuideElement
{
    /// <summary>The item's name (事项名称).</summary>
    ItemName,

    /// <summary>The legal basis (设定依据).</summary>
    LegalBasis,

    /// <summary>The conditions for applying (申请条件).</summary>
    Conditions,

    /// <summary>The materials to submit (办理材料).</summary>
    Materials,

    /// <summary>Where to apply (办理地点).</summary>
    Place,

    /// <summary>When to apply (办理时间).</summary>
    Hours,

    /// <summary>Contact telephone (联系电话).</summary>
    Telephone,

    /// <summary>The procedure (办理流程).</summary>
    Procedure,

    /// <summary>The time limit (办理时限).</summary>
    TimeLimit,

    /// <summary>Fees (收费标准).</summary>
    Fees,

    /// <summary>The body that handles the item (办理机构), one of the ten categories of the 2019 indicators.</summary>
    Agency,
}
