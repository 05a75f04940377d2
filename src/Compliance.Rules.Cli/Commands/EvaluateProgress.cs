namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// Shows how far an evaluation has come on one terminal line (<c>已评估 120/659（18%）</c>), redrawn in place with a carriage
/// return, at most once per percent so that a national batch does not flood the terminal.
/// </summary>
/// <remarks>Reports arrive from the evaluation's worker threads; drawing is serialised.</remarks>
internal sealed class EvaluateProgress : IProgress<int>
{
    private readonly TextWriter _terminal;
    private readonly int _total;
    private readonly Func<int, int, int, string> _line;
    private readonly Lock _gate = new();
    private int _shownPercent = -1;

    /// <summary>Initializes a new instance of the <see cref="EvaluateProgress"/> class.</summary>
    /// <param name="terminal">The terminal's writer (standard error, so that standard output holds only the report).</param>
    /// <param name="total">How many subjects the batch has.</param>
    /// <param name="line">The progress line in the run's language, given the subjects done, the total and the percentage.</param>
    public EvaluateProgress(TextWriter terminal, int total, Func<int, int, int, string> line)
    {
        _terminal = terminal;
        _total = total;
        _line = line;
    }

    /// <inheritdoc/>
    public void Report(int value)
    {
        var percent = _total == 0 ? 100 : value * 100 / _total;
        lock (_gate)
        {
            if (percent <= _shownPercent)
            {
                return;
            }

            _shownPercent = percent;
            _terminal.Write("\r" + _line(value, _total, percent));
            _terminal.Flush();
        }
    }

    /// <summary>Ends the progress line.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _terminal.WriteLine("\r" + _line(_total, _total, 100));
        }
    }
}
