namespace Semitori.Cli.Commands.Intel;

/// <summary>Writes a subcommand's result to standard output or to the file given with --output.</summary>
internal static class IntelOutput
{
    public static void Write(CommandContext context, string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(context.Output);
            return;
        }

        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        write(writer);
    }

    public static string ReadInput(string path)
    {
        if (path == "-")
        {
            using var reader = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
            return reader.ReadToEnd();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no such file: {path}");
        }

        return File.ReadAllText(path);
    }
}
