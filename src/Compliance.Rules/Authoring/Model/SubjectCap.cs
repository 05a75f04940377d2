using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// A cap that replaces an indicator's own for some subjects (<c>cap_for:</c>): "国务院部门门户网站……最多扣4分" where the row's cap is 2.
/// </summary>
/// <param name="AppliesTo">The subjects it holds for.</param>
/// <param name="Max">The cap for them.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record SubjectCap(Applicability AppliesTo, decimal Max, SourceLocation Location);
