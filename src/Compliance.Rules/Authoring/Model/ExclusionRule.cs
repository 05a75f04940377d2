namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// Subjects a revision does not inspect (<c>not_checked</c> in <c>revision.yaml</c>), such as closed accounts: they are
/// reported as excluded (不纳入检查) with the reason, and counted neither as passed nor as failed.
/// </summary>
/// <param name="AppliesTo">Which subjects.</param>
/// <param name="Reason">Why they are not inspected, in Chinese, such as 账号已关停，不纳入检查.</param>
internal sealed record ExclusionRule(Applicability AppliesTo, string Reason);
