namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// A command-line argument that cannot be used (an unknown calendar, a date that does not parse); the command prints the
/// message on standard error and exits with a non-zero code.
/// </summary>
internal sealed class CommandInputException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CommandInputException"/> class.</summary>
    public CommandInputException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CommandInputException"/> class.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    public CommandInputException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CommandInputException"/> class.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="innerException">The cause.</param>
    public CommandInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
