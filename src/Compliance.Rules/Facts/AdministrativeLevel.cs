using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The administrative level of a website's organiser.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum AdministrativeLevel
{
    /// <summary>The State Council and its departments (国务院部门).</summary>
    StateCouncilDepartment,

    /// <summary>Province-level (省级), including the 兵团 (XPCC) itself.</summary>
    Province,

    /// <summary>Prefecture-level (市级), including the 兵团's divisions (师市).</summary>
    Prefecture,

    /// <summary>County-level (县级), including the 兵团's regiments (团场).</summary>
    County,

    /// <summary>Township-level or below (乡镇及以下).</summary>
    Township,
}
