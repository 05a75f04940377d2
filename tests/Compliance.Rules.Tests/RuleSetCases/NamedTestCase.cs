using Xunit.Abstractions;
using Xunit.Sdk;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>A test case displayed as its first argument, so that a regression case shows as revision/file/case name.</summary>
public sealed class NamedTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer only.")]
    public NamedTestCase()
    {
    }

    public NamedTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, object[] arguments)
        : base(diagnosticMessageSink, display, options, testMethod, arguments)
    {
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        TestMethodArguments is [string name, ..] ? name : base.GetDisplayName(factAttribute, displayName);
}
