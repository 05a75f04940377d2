using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>JSON and YAML facts documents, alone or several in a folder, and what a path may be.</summary>
public sealed partial class FactsInputTest
{
    private const string SitesJson = """
        {
          "websites": [
            { "id": "w1", "name": "新疆生产建设兵团", "organiser": "兵团办公厅", "is_portal": true, "provides_external_services": true, "level": "省级" }
          ]
        }
        """;

    [Fact]
    public void Read_JsonFile_ReadsTheDocument()
    {
        var file = _folder.Write("facts.json", SitesJson);

        var result = FactsReader.Read(file);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Subjects.Single().Name.Should().Be("新疆生产建设兵团");
    }

    [Fact]
    public void Read_SeveralDocumentsInAFolder_ObservationsMayNameSubjectsOfAnotherFile()
    {
        _folder.Write("1-websites.json", SitesJson);
        _folder.Write("2-messages.yaml", """
            observations:
              message:
                - { id: m1, subject_id: w1, channel: 我为政府网站找错, received: "2024-06-14 10:30", answered: "2024-06-17 09:00" }
            """);
        _folder.Write("README.md", "not facts");

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().ObservationsOf("w1").Should().ContainSingle().Which.Should().BeOfType<Message>();
    }

    [Fact]
    public void Read_SeveralDocuments_ReportEachErrorInItsOwnFileAndLine()
    {
        var sites = _folder.Write("1-websites.json", SitesJson);
        var more = _folder.Write("2-more.yaml", """
            websites:
              - { id: w1, name: 重复, organiser: 办公厅, is_portal: true, provides_external_services: true, level: 省级 }
            observations:
              message:
                - { id: m1, subject_id: w9, channel: 我为政府网站找错, received: 2024-13-01 }
            colour: red
            """);

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Select(e => $"{Path.GetFileName(e.Location.File)}:{e.Location.Line}:{e.Location.Column} {e.Code}").Should().Equal(
            "2-more.yaml:2:11 CR3001",
            "2-more.yaml:5:29 CR3003",
            "2-more.yaml:5:62 CR3006",
            "2-more.yaml:6:1 CR3007");
        result.Errors.First().Message.Should().Contain($"first at {sites}:3:");
        more.Should().NotBeNull();
    }

    [Fact]
    public void Read_FolderMixingCsvAndJson_IsRefused()
    {
        _folder.Write("websites.csv", Sites);
        _folder.Write("messages.json", "{}");

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.UnreadableInput.Code);
        result.Errors.Single().Message.Should().Contain("mixes CSV files with JSON/YAML documents (messages.json)");
    }

    [Fact]
    public void Read_FolderWithoutFactsFiles_IsAnError()
    {
        _folder.Write("README.md", "nothing here");

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("holds no facts files");
    }

    [Theory]
    [InlineData("missing-folder")]
    [InlineData("facts.txt")]
    public void Read_PathThatIsNoFactsInput_IsAnError(string name)
    {
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            _folder.Write(name, "x");
        }

        var result = FactsReader.Read(_folder.File(name));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.UnreadableInput.Code);
    }
}
