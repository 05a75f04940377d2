namespace Compliance.Rules.Tests.Architecture.Fixture;

// Types that use one another in one way each, for TypeDependenciesTest: the compiler puts each use in a different place.

/// <summary>Made only inside a lambda, which the compiler moves into a closure class.</summary>
public sealed class MadeInALambda;

/// <summary>Uses <see cref="MadeInALambda"/> only inside a lambda.</summary>
public static class UsesInALambda
{
    public static Func<object> Maker() => () => new MadeInALambda();
}

/// <summary>Named only as a generic argument of a local variable.</summary>
public sealed class ListedInALocal;

/// <summary>Uses <see cref="ListedInALocal"/> only as a generic argument of a local.</summary>
public static class UsesAsGenericArgument
{
    public static int Count()
    {
        var list = new List<ListedInALocal>();
        return list.Count;
    }
}

/// <summary>Named only in a type test.</summary>
public sealed class CastTo;

/// <summary>Uses <see cref="CastTo"/> only in a type test.</summary>
public static class UsesInACast
{
    public static bool Is(object value) => value is CastTo;
}

/// <summary>Held only in a property's backing field.</summary>
public sealed class HeldInAField;

/// <summary>Uses <see cref="HeldInAField"/> only as a property's type.</summary>
public sealed class UsesAsField
{
    public HeldInAField? Held { get; init; }
}

/// <summary>Only a base type.</summary>
public class BaseOfAnother;

/// <summary>Uses <see cref="BaseOfAnother"/> only as its base type.</summary>
public sealed class UsesAsBase : BaseOfAnother;

/// <summary>Used by no type.</summary>
public sealed class UsedByNothing;
