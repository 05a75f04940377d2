using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Compliance.Rules.Tests.Architecture;

/// <summary>
/// Reads which of an assembly's own types each of its types uses, from the compiled metadata: base types and
/// interfaces, generic constraints, attributes, the signatures of fields, methods, properties and events, local
/// variables, and every type, method and field token in the method bodies (lambdas and iterators included, as their
/// compiler-generated classes are nested in the type that wrote them).
/// </summary>
/// <remarks>
/// Only types in namespaces under <see cref="RootNamespace"/> count, as users and as used: the compiler's embedded
/// attributes (<c>System.Runtime.CompilerServices.NullableAttribute</c>) and other assemblies' types are left out.
/// A nested type counts as its outermost declaring type. Reading the binary rather than the source catches what a
/// <c>using</c> line does not show: a fully qualified name, an inferred type, a type reached through a member.
/// </remarks>
internal static class TypeDependencies
{
    /// <summary>The namespace whose types are read.</summary>
    public const string RootNamespace = "Compliance.Rules";

    /// <summary>Reads the dependencies of an assembly's types.</summary>
    /// <param name="assemblyPath">The assembly file.</param>
    /// <returns>Every (user, used) pair of distinct top-level types, by full name.</returns>
    public static ImmutableHashSet<(string From, string To)> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new TypeNames(reader);
        var signatures = new SignatureTypes(names);
        var pairs = ImmutableHashSet.CreateBuilder<(string, string)>();

        foreach (var handle in reader.TypeDefinitions)
        {
            if (names.Of(handle) is not { } from)
            {
                continue;
            }

            void Use(IEnumerable<string> used)
            {
                foreach (var to in used)
                {
                    if (to != from)
                    {
                        pairs.Add((from, to));
                    }
                }
            }

            var uses = new Uses(reader, names, signatures);
            var type = reader.GetTypeDefinition(handle);
            Use(uses.OfEntity(type.BaseType));
            Use(type.GetInterfaceImplementations().SelectMany(i => uses.OfEntity(reader.GetInterfaceImplementation(i).Interface)));
            Use(uses.OfGenericParameters(type.GetGenericParameters()));
            Use(uses.OfAttributes(type.GetCustomAttributes()));
            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                Use(field.DecodeSignature(signatures, null));
                Use(uses.OfAttributes(field.GetCustomAttributes()));
            }

            foreach (var propertyHandle in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(propertyHandle);
                var signature = property.DecodeSignature(signatures, null);
                Use(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p)));
                Use(uses.OfAttributes(property.GetCustomAttributes()));
            }

            foreach (var eventHandle in type.GetEvents())
            {
                Use(uses.OfEntity(reader.GetEventDefinition(eventHandle).Type));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                var signature = method.DecodeSignature(signatures, null);
                Use(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p)));
                Use(uses.OfGenericParameters(method.GetGenericParameters()));
                Use(uses.OfAttributes(method.GetCustomAttributes()));
                Use(method.GetParameters().SelectMany(p => uses.OfAttributes(reader.GetParameter(p).GetCustomAttributes())));
                if (method.RelativeVirtualAddress != 0)
                {
                    Use(uses.OfBody(pe.GetMethodBody(method.RelativeVirtualAddress)));
                }
            }
        }

        return pairs.ToImmutable();
    }

    /// <summary>The full names of the assembly's own top-level types, nested types standing for their outermost type.</summary>
    private sealed class TypeNames(MetadataReader reader)
    {
        private readonly Dictionary<TypeDefinitionHandle, string?> _names = [];

        public string? Of(TypeDefinitionHandle handle)
        {
            if (!_names.TryGetValue(handle, out var name))
            {
                var outer = handle;
                while (reader.GetTypeDefinition(outer).GetDeclaringType() is { IsNil: false } declaring)
                {
                    outer = declaring;
                }

                var type = reader.GetTypeDefinition(outer);
                var ns = reader.GetString(type.Namespace);
                name = ns == RootNamespace || ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal)
                    ? ns + "." + reader.GetString(type.Name)
                    : null;
                _names[handle] = name;
            }

            return name;
        }
    }

    /// <summary>Decodes signatures into the assembly's own types they mention (type arguments, array elements…).</summary>
    private sealed class SignatureTypes(TypeNames names) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            names.Of(handle) is { } name ? [name] : [];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            genericType.AddRange(typeArguments.SelectMany(a => a));

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(p => p));

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) =>
            unmodifiedType.AddRange(modifier);

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;
    }

    /// <summary>Resolves metadata entities (tokens, attributes, constraints, method bodies) to the own types they use.</summary>
    private sealed class Uses(MetadataReader reader, TypeNames names, SignatureTypes signatures)
    {
        public IEnumerable<string> OfEntity(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return [];
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return names.Of((TypeDefinitionHandle)handle) is { } name ? [name] : [];
                case HandleKind.TypeSpecification:
                    return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(signatures, null);
                case HandleKind.MethodDefinition:
                    return OfEntity(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                case HandleKind.FieldDefinition:
                    return OfEntity(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                case HandleKind.MemberReference:
                    return OfEntity(reader.GetMemberReference((MemberReferenceHandle)handle).Parent);
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    return OfEntity(specification.Method).Concat(specification.DecodeSignature(signatures, null).SelectMany(a => a));
                default:
                    return [];
            }
        }

        public IEnumerable<string> OfAttributes(CustomAttributeHandleCollection attributes) =>
            attributes.SelectMany(a => OfEntity(reader.GetCustomAttribute(a).Constructor));

        public IEnumerable<string> OfGenericParameters(GenericParameterHandleCollection parameters) =>
            parameters.SelectMany(p => reader.GetGenericParameter(p).GetConstraints())
                .SelectMany(c => OfEntity(reader.GetGenericParameterConstraint(c).Type));

        public IEnumerable<string> OfBody(MethodBodyBlock body)
        {
            var used = new List<string>();
            if (!body.LocalSignature.IsNil)
            {
                used.AddRange(reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(signatures, null).SelectMany(l => l));
            }

            foreach (var token in ILTokens.Of(body.GetILReader()))
            {
                used.AddRange(OfEntity(MetadataTokens.EntityHandle(token)));
            }

            return used;
        }
    }
}
