using System.Collections.Concurrent;

namespace Semitori.Formats.Evtx.BinXml;

/// <summary>
/// Parsed template definitions shared by the chunks of one file. Each chunk stores its own copy
/// of every template it uses, and re-parsing them was about one template per eight records.
/// A definition is identified by its template GUID and data size: within one log the same GUID
/// is the same template (the bytes differ between chunks only in where names are stored, and
/// parsed templates hold the resolved names). A crafted file that reuses a GUID and size for
/// different content renders with the first definition: wrong text, never a crash or a larger
/// cost. Parsed nodes are immutable apart from idempotent render caches, so chunks parsed on
/// different threads may share them.
/// </summary>
internal sealed class TemplateCache
{
    private readonly ConcurrentDictionary<(Guid Id, uint Size), BxTemplate> _templates = new();

    public bool TryGet(Guid id, uint size, out BxTemplate template)
        => _templates.TryGetValue((id, size), out template!);

    public void Add(Guid id, uint size, BxTemplate template)
    {
        if (_templates.Count < EvtxLimits.MaxCachedTemplates)
        {
            _templates.TryAdd((id, size), template);
        }
    }
}
