namespace Semitori.Formats.Evtx;

/// <summary>One event record with its rendered XML tree (root <c>Event</c> element).</summary>
public sealed class EvtxRecord
{
    public EvtxRecord(ulong recordId, DateTime? written, EvtxElement root, long fileOffset)
    {
        RecordId = recordId;
        Written = written;
        Root = root;
        FileOffset = fileOffset;
    }

    /// <summary>The record identifier from the record header (equals System/EventRecordID).</summary>
    public ulong RecordId { get; }

    /// <summary>Written time from the record header (UTC), null if out of range.</summary>
    public DateTime? Written { get; }

    public EvtxElement Root { get; }

    /// <summary>Offset of the record header in the file.</summary>
    public long FileOffset { get; }

    public string ToXml() => EvtxXmlWriter.Write(Root);

    public string ToJson(bool indented = false) => EvtxJsonWriter.Write(Root, indented);

    /// <summary>The flat name → value view used by Sigma (see <see cref="EvtxFieldView"/>).</summary>
    public IReadOnlyDictionary<string, EvtxValue> Fields() => EvtxFieldView.Flatten(Root);
}
