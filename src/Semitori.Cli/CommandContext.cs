namespace Semitori.Cli;

/// <summary>
/// What a command may touch of the outside world: its output streams and whether they are a
/// terminal (progress displays only go to a terminal). Tests pass string writers.
/// </summary>
public sealed class CommandContext
{
    public CommandContext(TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        Output = output;
        Error = error;
        ErrorIsTerminal = errorIsTerminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when stderr is an interactive terminal, so progress lines may be drawn there.</summary>
    public bool ErrorIsTerminal { get; }

    public static CommandContext FromConsole()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CommandContext(stdout, stderr, !Console.IsErrorRedirected);
    }
}
