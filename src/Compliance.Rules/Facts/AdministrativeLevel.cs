using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The administrative level of a website's organiser.</summary>
public enum AdministrativeLevel
{
    /// <summary>The State Council and its departments (国务院部门).</summary>
    [Label("国务院部门")]
    StateCouncilDepartment,

    /// <summary>Province-level (省级), including the 兵团 (XPCC) itself.</summary>
    [Label("省级")]
    Province,

    /// <summary>Prefecture-level (市级), including the 兵团's divisions (师市).</summary>
    [Label("市级")]
    Prefecture,

    /// <summary>County-level (县级), including the 兵团's regiments (团场).</summary>
    [Label("县级")]
    County,

    /// <summary>Township-level or below (乡镇及以下).</summary>
    [Label("乡镇")]
    Township,
}
