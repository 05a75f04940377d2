namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// Host calendar files that add 2027 to the built-in calendars, as a host writes them before the library ships the year.
/// </summary>
/// <remarks>
/// Test data, not the State Council's 2027 notice (unpublished when this was written): 元旦 on Friday 2027-01-01 only.
/// Received Wednesday 2026-12-30, "within 3 working days" ends on Tuesday 2027-01-05 (12/31, then 1/4 and 1/5).
/// </remarks>
internal static class HostCalendars
{
    /// <summary>A host <c>cn.yaml</c>: the built-in national calendar plus 2027.</summary>
    public const string National2027 =
        """
        id: cn
        name: 全国（含2027年，测试用）
        extends: cn
        years:
          - year: 2027
            notices:
              - { title: 测试用2027年元旦安排（非正式通知）, published: 2026-11-01, url: https://example.invalid/2027 }
            exceptions:
              - { date: 2027-01-01, kind: off, holiday: 元旦, confidence: high }
        """;

    /// <summary>
    /// A host <c>cn-xj.yaml</c>: the built-in Xinjiang calendar plus 2027, its festivals not yet known (windows by Umm
    /// al-Qura: 肉孜节 expected Tue 2027-03-09, 古尔邦节 Sun 2027-05-16).
    /// </summary>
    public const string Xinjiang2027 =
        """
        id: cn-xj
        name: 新疆（含2027年，测试用）
        extends: cn-xj
        years:
          - year: 2027
            notices:
              - { title: 测试用2027年元旦安排（非正式通知）, published: 2026-11-01, url: https://example.invalid/2027 }
            exceptions:
              - { date: 2027-01-01, kind: off, holiday: 元旦, confidence: high }
            unknown:
              - { holiday: 肉孜节, note: regional notice not yet published, around: { from: 2027-03-06, to: 2027-03-13 } }
              - { holiday: 古尔邦节, note: regional notice not yet published, around: { from: 2027-05-13, to: 2027-05-22 } }
        """;
}
