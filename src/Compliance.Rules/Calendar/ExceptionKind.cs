using Compliance.Rules.Labels;

namespace Compliance.Rules.Calendar;

/// <summary>How a day departs from the ordinary Monday–Friday working week.</summary>
[EnumTerms(typeof(CalendarVocabulary))]
public enum ExceptionKind
{
    /// <summary>A Monday–Friday day that is not worked (放假 or 补休): part of a public holiday break.</summary>
    Off,

    /// <summary>A Saturday or Sunday that is worked (调休上班): a make-up working day.</summary>
    Work,
}
