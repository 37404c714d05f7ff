using System.Globalization;

namespace Semitori.Hunting.Tests.Analyzers.Quasar;

/// <summary>
/// Builds a fixture's slot list in a version's source order, encrypting string values with the
/// version's scheme, and records what the extractor must report for each (the planted plaintext).
/// </summary>
internal sealed class FixturePlan
{
    private readonly List<FixtureSlot> _slots = [];
    private readonly Dictionary<string, string> _expected = new(StringComparer.Ordinal);
    private readonly Func<string, string>? _rename;

    public FixturePlan(Func<string, string>? rename = null) => _rename = rename;

    public IReadOnlyList<FixtureSlot> Slots => _slots;

    public Dictionary<string, string> Expected => _expected;

    public FixturePlan Text(string key, string field, string plain, Func<string, string>? encrypt = null)
    {
        _slots.Add(new FixtureSlot(Name(field), FixtureSlotKind.String, encrypt is null ? plain : encrypt(plain)));
        _expected[key] = plain;
        return this;
    }

    public FixturePlan Bool(string key, string field, bool value)
    {
        _slots.Add(new FixtureSlot(Name(field), FixtureSlotKind.Boolean, Number: value ? 1 : 0));
        _expected[key] = value ? "true" : "false";
        return this;
    }

    public FixturePlan Int(string field, int value)
    {
        _slots.Add(new FixtureSlot(Name(field), FixtureSlotKind.Int32, Number: value));
        _expected["reconnect_delay"] = value.ToString(CultureInfo.InvariantCulture);
        return this;
    }

    public FixturePlan Folder(string field, Environment.SpecialFolder folder)
    {
        _slots.Add(new FixtureSlot(Name(field), FixtureSlotKind.SpecialFolder, Number: (int)folder));
        _expected["special_folder"] = folder.ToString();
        return this;
    }

    /// <summary>A non-constant initialiser (<c>GetFolderPath</c>) the extractor must step over.</summary>
    public FixturePlan Call(string field, bool inline = false)
    {
        _slots.Add(new FixtureSlot(Name(field), inline ? FixtureSlotKind.InlineFolderPathCall : FixtureSlotKind.FolderPathCall));
        return this;
    }

    private string Name(string field) => _rename?.Invoke(field) ?? field;
}
