using System.Globalization;
using CsCheck;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>One fuzzed input: which shipped file, the seed of every random choice, and one to three mutations.</summary>
/// <param name="Target">The index of the file in its list.</param>
/// <param name="Seed">The seed of the mutations' random choices (positions, values).</param>
/// <param name="Mutations">The mutations.</param>
internal sealed record FuzzCase(int Target, int Seed, Mutation[] Mutations)
{
    /// <summary>
    /// Gets the number of iterations for a fuzz test: <paramref name="iterations"/>, times the environment variable
    /// CR_FUZZ_SCALE when it is set (a longer hunt: <c>CR_FUZZ_SCALE=50 dotnet test --filter Fuzz</c>). To replay a
    /// failure, set CsCheck_Seed to the seed CsCheck prints.
    /// </summary>
    /// <param name="iterations">The iterations of an ordinary test run.</param>
    /// <returns>The iterations.</returns>
    public static int Iterations(int iterations) =>
        int.TryParse(Environment.GetEnvironmentVariable("CR_FUZZ_SCALE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var scale) && scale > 0
            ? iterations * scale
            : iterations;

    /// <summary>Gets the generator of inputs over <paramref name="targets"/> files.</summary>
    /// <param name="targets">How many files there are.</param>
    /// <returns>The generator.</returns>
    public static Gen<FuzzCase> Over(int targets) =>
        Gen.Select(Gen.Int[0, targets - 1], Gen.Int, Gen.Enum<Mutation>().Array[1, 3], (t, s, m) => new FuzzCase(t, s, m));

    /// <summary>Applies the mutations to a file's bytes.</summary>
    /// <param name="original">The bytes.</param>
    /// <returns>The mutated bytes.</returns>
    public byte[] Apply(byte[] original) => Mutator.Apply(original, Seed, Mutations);

    /// <summary>Describes the input for messages, naming the file.</summary>
    /// <param name="targets">The files.</param>
    /// <returns>The description.</returns>
    public string Describe(IReadOnlyList<string> targets) =>
        $"{targets[Target]} mutated by {string.Join("+", Mutations)} (mutation seed {Seed.ToString(CultureInfo.InvariantCulture)})";
}
