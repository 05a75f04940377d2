using Xunit.Sdk;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>A theory whose test cases are named by their first argument alone (revision/file/case name).</summary>
[XunitTestCaseDiscoverer("Compliance.Rules.Tests.RuleSetCases.RuleSetCaseDiscoverer", "Compliance.Rules.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RuleSetCaseTheoryAttribute : TheoryAttribute;
