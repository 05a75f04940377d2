using Xunit.Abstractions;
using Xunit.Sdk;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>Discovers one <see cref="NamedTestCase"/> per data row of a <see cref="RuleSetCaseTheoryAttribute"/> theory.</summary>
public sealed class RuleSetCaseDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo theoryAttribute,
        object[] dataRow) =>
        [new NamedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, dataRow)];
}
