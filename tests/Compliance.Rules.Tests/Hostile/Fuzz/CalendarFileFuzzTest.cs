using System.Text;
using Compliance.Rules.Calendar;
using CsCheck;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// The shipped calendars, mutated, loaded through every entry point of <see cref="WorkingDayCalendars"/> (a folder, a
/// file, text): documented diagnostics, or a calendar whose questions are answered or refused with a
/// <see cref="CalendarRangeException"/>.
/// </summary>
public sealed class CalendarFileFuzzTest
{
    [Fact]
    public void LoadFolderFileAndParse_MutatedShippedCalendar_GiveDocumentedDiagnosticsOrAWorkingCalendar()
    {
        var files = ShippedInputs.CalendarFiles;

        FuzzCase.Check(files, c => Load(c, files), 60);
    }

    private static void Load(FuzzCase fuzz, IReadOnlyList<string> files)
    {
        var input = fuzz.Describe(files);
        var name = Path.GetFileName(files[fuzz.Target]);
        var root = FuzzCheck.TempFolder();
        try
        {
            var calendars = Path.Combine(root, "calendars");
            Directory.CreateDirectory(calendars);
            foreach (var file in files)
            {
                File.Copy(ShippedInputs.Full(file), Path.Combine(calendars, Path.GetFileName(file)));
            }

            var bytes = fuzz.Apply(File.ReadAllBytes(ShippedInputs.Full(files[fuzz.Target])));
            File.WriteAllBytes(Path.Combine(calendars, name), bytes);
            FuzzCheck.Run(input, () =>
            {
                if (FuzzCheck.Diagnostics(input, WorkingDayCalendars.LoadFolder(calendars)).TryGetValue(out var all))
                {
                    all!.ToList().ForEach(Ask);
                }

                if (FuzzCheck.Diagnostics(input, WorkingDayCalendars.LoadFile(Path.Combine(calendars, name))).TryGetValue(out var one))
                {
                    Ask(one!);
                }

                if (FuzzCheck.Diagnostics(input, WorkingDayCalendars.Parse(Encoding.UTF8.GetString(bytes), name)).TryGetValue(out var parsed))
                {
                    Ask(parsed!);
                }
            });
        }
        finally
        {
            FuzzCheck.Delete(root);
        }
    }

    /// <summary>Asks a loaded calendar the usual questions at the ends of its range; only a range error may come back.</summary>
    private static void Ask(WorkingDayCalendar calendar)
    {
        var (first, last) = (calendar.CoveredRange.Start, calendar.CoveredRange.End);
        foreach (var question in new Action[]
        {
            () => calendar.IsWorkingDay(first),
            () => calendar.IsWorkingDay(last),
            () => calendar.AddWorkingDays(first, 10),
            () => calendar.AddWorkingDays(last, -10),
            () => calendar.AddWorkingDays(last, 1),
            () => calendar.WorkingDaysBetween(first, last),
            () => calendar.Deadline(first, 3),
            () => calendar.ExceptionsBetween(first, last),
        })
        {
            try
            {
                question();
            }
            catch (CalendarRangeException)
            {
            }
        }
    }
}
