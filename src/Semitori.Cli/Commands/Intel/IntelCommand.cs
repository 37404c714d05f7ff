namespace Semitori.Cli.Commands.Intel;

/// <summary>
/// <c>semitori intel</c>: the threat-intel knowledge base, report extraction and exports. Dispatches to
/// <c>extract</c>, <c>export</c> and <c>show</c>; each has its own <c>--help</c>.
/// </summary>
public sealed class IntelCommand : ICommand
{
    public string Name => "intel";

    public string Summary => "threat intel: extract a report (JA/EN), show an actor profile, export STIX/Navigator/MISP";

    public int Run(IReadOnlyList<string> args, CommandContext context)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            context.Output.Write(IntelHelp.Overview);
            return args.Count == 0 ? ExitCodes.Error : ExitCodes.Clean;
        }

        IReadOnlyList<string> rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "extract" => IntelExtract.Run(rest, context),
                "export" => IntelExport.Run(rest, context),
                "show" => IntelShow.Run(rest, context),
                _ => Unknown(args[0], context),
            };
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"semitori intel: {e.Message}");
            return ExitCodes.Error;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"semitori intel: {e.Message}");
            return ExitCodes.Error;
        }
    }

    private static int Unknown(string name, CommandContext context)
    {
        context.Error.WriteLine($"semitori intel: unknown subcommand '{name}'. Subcommands: extract, export, show (semitori intel --help).");
        return ExitCodes.Error;
    }
}
