using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Cli;

public sealed class CodesCommandTest
{
    [Fact]
    public void Codes_NoArguments_ListsEveryCatalogueEntryOnceInCodeOrder()
    {
        var (exit, output, error) = CliRun.Run("codes");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        var rows = CliRun.Lines(output).Select(line => line.Split('\t')).ToList();
        rows.Should().AllSatisfy(row => row.Should().HaveCount(4));
        rows.Select(row => row[0]).Should().Equal(
            DiagnosticCodes.All.Concat(RegressionDiagnosticCodes.All).Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Codes_Row_GivesSeverityAndBothTitles()
    {
        var (_, output, _) = CliRun.Run("codes");

        CliRun.Lines(output).Should().Contain("CR2101\twarning\tDeprecated form\t已弃用的写法")
            .And.Contain("CR4001\terror\tCase name used twice\t用例名称重复");
    }
}
