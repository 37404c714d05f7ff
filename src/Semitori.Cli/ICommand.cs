namespace Semitori.Cli;

/// <summary>
/// One <c>semitori</c> sub-command. Commands are found by reflection, so adding a command is
/// adding one class: no shared registry file for parallel work to collide on.
/// </summary>
public interface ICommand
{
    /// <summary>The word after <c>semitori</c> (e.g. <c>yara</c>, <c>logs</c>, <c>intel</c>).</summary>
    string Name { get; }

    /// <summary>One line for the top-level help.</summary>
    string Summary { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(IReadOnlyList<string> args, CommandContext context);
}
