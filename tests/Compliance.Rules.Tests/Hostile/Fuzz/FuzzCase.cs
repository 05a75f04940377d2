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

    /// <summary>
    /// Runs a fuzz check. An ordinary test run (and CI) checks a fixed sequence of inputs, the same on every run, so that
    /// the test gate never turns red by chance; exploring new inputs is asked for explicitly: with CR_FUZZ_SCALE (a
    /// longer hunt), CR_FUZZ_EXPLORE=1, or CsCheck_Seed (a replay), CsCheck draws the inputs at random and shrinks a
    /// failure. An input the exploration finds belongs in the corpus (Hostile/Corpus) once its bug is fixed.
    /// </summary>
    /// <param name="files">The files the inputs mutate.</param>
    /// <param name="check">The check of one input; it throws when the input is mishandled.</param>
    /// <param name="iterations">The inputs of an ordinary run.</param>
    public static void Check(IReadOnlyList<string> files, Action<FuzzCase> check, int iterations)
    {
        if (Exploring)
        {
            Over(files.Count).Sample(check, iter: Iterations(iterations), print: c => c.Describe(files));
            return;
        }

        var random = new Random(FixedSeed);
        var mutations = Enum.GetValues<Mutation>();
        for (var i = 0; i < iterations; i++)
        {
            var fuzz = new FuzzCase(
                random.Next(files.Count),
                random.Next(),
                [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => mutations[random.Next(mutations.Length)])]);
            check(fuzz);
        }
    }

    // The seed of the fixed sequence an ordinary run checks.
    private const int FixedSeed = 20_241_201;

    private static bool Exploring =>
        Environment.GetEnvironmentVariable("CR_FUZZ_SCALE") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("CR_FUZZ_EXPLORE") == "1"
        || Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 };

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
