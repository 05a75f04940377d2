namespace Compliance.Rules.Tests.Architecture;

/// <summary>
/// The metadata reader the architecture test rests on finds a use wherever the compiler leaves it: in a lambda's
/// closure class, in a generic argument of a local, in a cast, in a field's type, in a base type.
/// </summary>
public class TypeDependenciesTest
{
    private static readonly Lazy<IReadOnlySet<(string From, string To)>> ThisAssembly =
        new(() => TypeDependencies.Read(typeof(TypeDependenciesTest).Assembly.Location));

    [Theory]
    [InlineData(nameof(Fixture.UsesInALambda), nameof(Fixture.MadeInALambda))]
    [InlineData(nameof(Fixture.UsesAsGenericArgument), nameof(Fixture.ListedInALocal))]
    [InlineData(nameof(Fixture.UsesInACast), nameof(Fixture.CastTo))]
    [InlineData(nameof(Fixture.UsesAsField), nameof(Fixture.HeldInAField))]
    [InlineData(nameof(Fixture.UsesAsBase), nameof(Fixture.BaseOfAnother))]
    public void Read_AUseTheSourceMakes_IsFound(string user, string used)
    {
        ThisAssembly.Value.Should().Contain((Name(user), Name(used)));
    }

    [Fact]
    public void Read_ATypeNothingUses_HasNoUser()
    {
        ThisAssembly.Value.Should().NotContain(d => d.To == Name(nameof(Fixture.UsedByNothing)));
    }

    [Fact]
    public void Read_TypesOutsideTheRootNamespace_AreLeftOut()
    {
        ThisAssembly.Value.Should().NotContain(d => !d.From.StartsWith(Stages.Root + ".", StringComparison.Ordinal) || !d.To.StartsWith(Stages.Root + ".", StringComparison.Ordinal));
    }

    private static string Name(string type) => typeof(Fixture.MadeInALambda).Namespace + "." + type;
}
