using Compliance.Rules;
using Compliance.Rules.Facts;
using NodaTime;

// The national indicators (国办秘函〔2019〕19号) are built into the package: compile once, evaluate many times.
var rules = RuleSet.BuiltIn("gb-2019");

var batch = FactBatch.Of(
    subjects:
    [
        new NewMediaAccount("wx-1", "某市发布", "某市人民政府办公室", "微信订阅号", "某市", AccountStatus.Active),
        new NewMediaAccount("wb-2", "某县发布", "某县人民政府办公室", "新浪微博", "某县", AccountStatus.Active),
    ],
    observations:
    [
        new Publication("p-1", "wx-1", ColumnId: null, Published: new LocalDate(2024, 6, 20), Title: "防汛工作部署"),
        new Publication("p-2", "wb-2", ColumnId: null, Published: new LocalDate(2024, 6, 1), Title: "端午节安全提示"),
    ]);

// The as-of date is the monitoring time point: "2周内无更新" counts back from it.
var result = rules.Evaluate(batch, new LocalDate(2024, 6, 27));

foreach (var assessment in result.Assessments)
{
    Console.WriteLine($"{assessment.Subject.Name}: {ChineseLabels.Of(assessment.Verdict)}");
    foreach (var finding in assessment.Violations)
    {
        Console.WriteLine($"  {finding.IndicatorId} {finding.IndicatorName}: {finding.Reason} ({finding.Detail})");
    }
}
