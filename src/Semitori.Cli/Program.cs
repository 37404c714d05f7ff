namespace Semitori.Cli;

/// <summary>Entry point: picks the sub-command and hands it the rest of the arguments.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CommandContext context = CommandContext.FromConsole();
        try
        {
            return Run(args, context);
        }
        finally
        {
            context.Output.Flush();
            context.Error.Flush();
        }
    }

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        IReadOnlyList<ICommand> commands = DiscoverCommands();
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteHelp(commands, context.Output);
            return args.Count == 0 ? ExitCodes.Error : ExitCodes.Clean;
        }

        if (args[0] is "--version" or "version")
        {
            context.Output.WriteLine($"semitori {typeof(Program).Assembly.GetName().Version}");
            return ExitCodes.Clean;
        }

        ICommand? command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            context.Error.WriteLine($"semitori: unknown command '{args[0]}'. Run 'semitori --help' for the list.");
            return ExitCodes.Error;
        }

        return command.Run(args.Skip(1).ToArray(), context);
    }

    internal static IReadOnlyList<ICommand> DiscoverCommands() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Where(t => t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ICommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    private static void WriteHelp(IReadOnlyList<ICommand> commands, TextWriter output)
    {
        output.WriteLine("semitori — hunt APT10/Cicada (and any YARA/Sigma-described activity) in files and event logs");
        output.WriteLine();
        output.WriteLine("usage: semitori <command> [options]   (semitori <command> --help for details)");
        output.WriteLine();
        output.WriteLine("commands:");
        foreach (ICommand command in commands)
        {
            output.WriteLine($"  {command.Name,-10} {command.Summary}");
        }
    }
}
