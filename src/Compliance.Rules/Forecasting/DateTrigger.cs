using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Compilation;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// One way an indicator's outcome moves with the as-of date alone: a test of one date field of one fact type whose
/// answer depends on the as-of date (a time window, an <c>elapsed</c> test measured up to the as-of date, an <c>age</c>).
/// </summary>
/// <remarks>
/// Every window ends at the as-of date, so with the facts fixed these tests are the only part of an evaluation that
/// changes from one as-of date to the next: a subject's result can only change on a date where one of its facts'
/// triggers changes its <see cref="Signature"/>. The signatures call the very functions the compiled rules call
/// (<see cref="WindowTable"/>, <see cref="FactFunctions"/>). Immutable and thread-safe.
/// </remarks>
/// <param name="Type">The fact type the test reads.</param>
/// <param name="Field">The date, date-time or instant field it reads.</param>
internal abstract record DateTrigger(FactTypeInfo Type, FactField Field)
{
    /// <summary>
    /// Gets the tests of the same fact that do not depend on the as-of date and that the trigger's test is joined with by
    /// <c>all</c> (the other keys of its <c>where</c>, such as <c>channel: 我为政府网站找错</c>), or <see langword="null"/>:
    /// for a fact that fails them, the trigger's test cannot change anything.
    /// </summary>
    public Predicate? Guard { get; init; }

    /// <summary>
    /// Builds the reader of the date a fact gives this trigger: <see langword="null"/> when the fact's test does not depend
    /// on the as-of date.
    /// </summary>
    /// <returns>The reader (an instant is read as its date in Asia/Shanghai).</returns>
    public virtual Func<object, LocalDate?> DateReader() => FactDates.Reader(Type.ClrType, Field);

    /// <summary>
    /// Gets a number that differs between two as-of dates exactly when the trigger's test can answer differently for a
    /// fact with a date, so that a change of it marks a date to evaluate again.
    /// </summary>
    /// <param name="date">The fact's date.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="horizon">The window starts of the forecast's days, and the calendar.</param>
    /// <returns>The signature.</returns>
    public abstract long Signature(LocalDate date, LocalDate asOf, ForecastHorizon horizon);
}

/// <summary>A date field tested against a time window (<c>within</c>, <c>not_within</c>): the date enters and leaves it.</summary>
/// <param name="Type">The fact type.</param>
/// <param name="Field">The field.</param>
/// <param name="Window">The window.</param>
internal sealed record WindowTrigger(FactTypeInfo Type, FactField Field, Window Window) : DateTrigger(Type, Field)
{
    /// <inheritdoc/>
    public override long Signature(LocalDate date, LocalDate asOf, ForecastHorizon horizon) =>
        (horizon.WindowStart(Window, asOf) <= date ? 1 : 0) + (date <= asOf ? 2 : 0);
}

/// <summary>
/// An <c>elapsed</c> test measured up to the as-of date: without a <c>to</c> field, or on a fact whose <c>to</c> is
/// empty (a message not answered yet).
/// </summary>
/// <param name="Type">The fact type.</param>
/// <param name="Field">The <c>from</c> field.</param>
/// <param name="Test">The test.</param>
internal sealed record ElapsedTrigger(FactTypeInfo Type, FactField Field, Elapsed Test) : DateTrigger(Type, Field)
{
    /// <inheritdoc/>
    public override Func<object, LocalDate?> DateReader()
    {
        var from = base.DateReader();
        if (Test.To is not { } to)
        {
            return from;
        }

        var answer = FactDates.Reader(Type.ClrType, to);
        return fact => answer(fact) is null ? from(fact) : null;
    }

    /// <inheritdoc/>
    public override long Signature(LocalDate date, LocalDate asOf, ForecastHorizon horizon) =>
        FactFunctions.ElapsedHolds(Test.Unit, date, asOf, Test.Comparison.Operator, (int)Test.Comparison.Threshold, horizon.Calendar) ? 1 : 0;
}

/// <summary>
/// The <c>age</c> of an aggregate, from a fact's date to the as-of date: its comparison, or the age itself when points are
/// counted per unit of it.
/// </summary>
/// <param name="Type">The fact type.</param>
/// <param name="Field">The field whose latest value is aged.</param>
/// <param name="Aggregate">The aggregate.</param>
/// <param name="ValueCounts">Whether the age itself counts (points per unit of age), not only its comparison.</param>
internal sealed record AgeTrigger(FactTypeInfo Type, FactField Field, Aggregate Aggregate, bool ValueCounts) : DateTrigger(Type, Field)
{
    /// <inheritdoc/>
    public override long Signature(LocalDate date, LocalDate asOf, ForecastHorizon horizon)
    {
        var age = FactFunctions.Measure(Aggregate.AgeUnit!.Value, date, asOf, horizon.Calendar);
        return ValueCounts ? age : Aggregate.Comparison!.Holds(age) ? 1 : 0;
    }
}
