using System.Reflection;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using FluentAssertions;
using Xunit;

namespace Compliance.Rules.Tests.PublicApi;

/// <summary>
/// The shape of the 1.0 public surface that the shipped API files cannot show: which types a host may extend or build.
/// </summary>
public sealed class PublicSurfaceTest
{
    private static readonly Assembly Library = typeof(RuleSet).Assembly;

    [Theory]
    [InlineData(typeof(Subject))]
    [InlineData(typeof(Observation))]
    public void FactHierarchy_Base_HasAnAbstractMemberNoOtherAssemblyCanOverride(Type root)
    {
        // Arrange: the base's abstract members.
        var abstractMembers = root.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.IsAbstract);

        // Assert: one of them is private protected (or internal), so a type in a host's assembly cannot implement it and
        // so cannot derive from the base: the hierarchy is closed.
        abstractMembers.Should().Contain(m => m.IsFamilyAndAssembly || m.IsAssembly, $"{root.Name} must be closed to other assemblies");
    }

    [Fact]
    public void FactHierarchy_EveryConcreteFactType_IsSealedAndPublic()
    {
        // Arrange: the library's subject and observation types.
        var factTypes = Library.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Subject)) || t.IsSubclassOf(typeof(Observation))))
            .ToList();

        // Assert: a host builds them (public) but cannot extend them (sealed).
        factTypes.Should().HaveCountGreaterThan(20);
        factTypes.Should().OnlyContain(t => t.IsSealed && t.IsPublic, "a fact type is a closed, public record");
    }

    [Fact]
    public void Results_PublicTypes_HaveNoPublicConstructorNorSetter()
    {
        // Arrange: the public classes of the Results namespace (plain data the engine builds).
        var resultTypes = Library.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Assessment).Namespace && t.IsClass)
            .ToList();

        // Assert: a host reads them but cannot construct or change one, so no assessment both passes and is vetoed.
        resultTypes.Should().NotBeEmpty();
        resultTypes.SelectMany(t => t.GetConstructors()).Should().BeEmpty("results are built by the engine only");
        resultTypes.SelectMany(t => t.GetProperties()).Where(p => p.SetMethod is { IsPublic: true })
            .Should().BeEmpty("results are read-only");
        resultTypes.Should().OnlyContain(t => t.IsSealed || t.IsAbstract);
    }
}
