using System.Text.Json;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Profile;

namespace Semitori.Cli.Commands.Intel;

/// <summary><c>semitori intel show NAME</c>: an actor profile by any alias.</summary>
internal static class IntelShow
{
    private static readonly HashSet<string> Flags = ["--json"];
    private static readonly HashSet<string> Options = [];

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        IntelArguments parsed = IntelArguments.Parse(args, Flags, Options);
        if (parsed.Help)
        {
            context.Output.Write(IntelHelp.Show);
            return ExitCodes.Clean;
        }

        if (parsed.Error is not null || parsed.Positionals.Count == 0)
        {
            context.Error.WriteLine($"semitori intel show: {parsed.Error ?? "expects an actor name"}. See 'semitori intel show --help'.");
            return ExitCodes.Error;
        }

        // Names with spaces may come as one quoted argument or as several words.
        string query = string.Join(' ', parsed.Positionals);
        KnowledgeBase kb = KnowledgeBaseCache.Instance;
        IntrusionSetRecord? actor = kb.FindActor(query);
        if (actor is null)
        {
            string known = string.Join(", ", kb.IntrusionSets.SelectMany(a => KnowledgeBase.NamesOf(a).Distinct().Take(4)));
            context.Error.WriteLine($"semitori intel show: no actor named '{query}' in the knowledge pack (known: {known}, and their aliases).");
            return ExitCodes.Error;
        }

        ActorProfile profile = ActorProfile.Build(kb, actor);
        if (parsed.Flag("--json"))
        {
            context.Output.WriteLine(JsonSerializer.Serialize(profile, KnowledgeJson.Indented));
        }
        else
        {
            ActorProfileTextWriter.Write(profile, kb, context.Output);
        }

        return ExitCodes.Clean;
    }
}
