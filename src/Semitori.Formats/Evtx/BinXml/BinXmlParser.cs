namespace Semitori.Formats.Evtx.BinXml;

/// <summary>
/// Parses BinXml inside one chunk. Names and template definitions are referenced by
/// chunk-relative offsets, so both are cached per chunk; a parser lives as long as its chunk.
/// </summary>
internal sealed class BinXmlParser
{
    private readonly byte[] _chunk;
    // Sized for a typical chunk (a few hundred names, tens of templates): growing them from
    // empty in every chunk showed up at several percent of parsing.
    private readonly Dictionary<uint, string> _names = new(256);
    private readonly Dictionary<uint, BxTemplate> _templates = new(64);
    private readonly ExpansionBudget _budget = new();

    private readonly TemplateCache? _shared;

    public BinXmlParser(byte[] chunk, TemplateCache? shared = null)
    {
        _chunk = chunk;
        _shared = shared;
    }

    public int TemplateCount => _templates.Count;

    /// <summary>Parses and expands the BinXml of one record between two chunk offsets.</summary>
    public List<EvtxContent> ParseRecord(int start, int end)
    {
        _budget.Reset();
        List<BxNode> nodes = ParseFragment(new ChunkCursor(_chunk, start, end), 0, inTemplate: false, _budget);
        return TemplateExpander.Expand(nodes, [], _budget);
    }

    private List<BxNode> ParseFragment(ChunkCursor cursor, int depth, bool inTemplate, ExpansionBudget budget)
    {
        var nodes = new List<BxNode>();
        while (!cursor.AtEnd)
        {
            var token = (BinXmlToken)(cursor.PeekByte() & 0x1F);
            switch (token)
            {
                case BinXmlToken.EndOfStream:
                    cursor.U8();
                    return nodes;
                case BinXmlToken.FragmentHeader:
                    cursor.Skip(4);
                    break;
                case BinXmlToken.TemplateInstance:
                    nodes.Add(ParseTemplateInstance(cursor, depth, budget));
                    break;
                case BinXmlToken.OpenStartElement:
                    nodes.Add(ParseElement(cursor, 0, inTemplate, budget));
                    break;
                default:
                    nodes.Add(ParseContentToken(cursor));
                    break;
            }
        }

        return nodes;
    }

    private BxElement ParseElement(ChunkCursor cursor, int elementDepth, bool inTemplate, ExpansionBudget budget)
    {
        if (elementDepth > EvtxLimits.MaxElementDepth)
        {
            throw new EvtxFormatException($"elements nested deeper than {EvtxLimits.MaxElementDepth}");
        }

        budget.Spend();
        int tokenOffset = cursor.Position;
        byte token = cursor.U8();
        if (HasDependencyId(cursor, inTemplate))
        {
            cursor.Skip(2);
        }

        cursor.U32(); // data size: the content is parsed token by token instead.
        var element = new BxElement(ReadName(cursor));
        if ((token & 0x40) != 0)
        {
            cursor.U32(); // attribute list size
            ParseAttributes(cursor, element);
        }

        var close = (BinXmlToken)cursor.U8();
        if (close == BinXmlToken.CloseEmptyElement)
        {
            return element;
        }

        if (close != BinXmlToken.CloseStartElement)
        {
            throw new EvtxFormatException($"element at 0x{tokenOffset:X} has close token 0x{(byte)close:X2}");
        }

        while (true)
        {
            var next = (BinXmlToken)(cursor.PeekByte() & 0x1F);
            switch (next)
            {
                case BinXmlToken.EndElement:
                    cursor.U8();
                    return element;
                case BinXmlToken.OpenStartElement:
                    element.Children.Add(ParseElement(cursor, elementDepth + 1, inTemplate, budget));
                    break;
                case BinXmlToken.TemplateInstance:
                    element.Children.Add(ParseTemplateInstance(cursor, 0, budget));
                    break;
                case BinXmlToken.EndOfStream:
                    throw new EvtxFormatException($"stream ends inside element '{element.Name}'");
                default:
                    element.Children.Add(ParseContentToken(cursor));
                    break;
            }
        }
    }

    private void ParseAttributes(ChunkCursor cursor, BxElement element)
    {
        while ((cursor.PeekByte() & 0x1F) == (byte)BinXmlToken.Attribute)
        {
            byte token = cursor.U8();
            var attribute = new BxAttribute(ReadName(cursor));
            while (IsValueToken(cursor.PeekByte()))
            {
                attribute.Parts.Add(ParseContentToken(cursor));
                if ((token & 0x40) == 0 && !IsValueToken(cursor.PeekByte()))
                {
                    break;
                }
            }

            element.Attributes.Add(attribute);
            if ((token & 0x40) == 0)
            {
                return;
            }
        }
    }

    private static bool IsValueToken(byte b) => (BinXmlToken)(b & 0x1F) is BinXmlToken.Value or BinXmlToken.NormalSubstitution
        or BinXmlToken.OptionalSubstitution or BinXmlToken.CharRef or BinXmlToken.EntityRef;

    private BxNode ParseContentToken(ChunkCursor cursor)
    {
        int offset = cursor.Position;
        var token = (BinXmlToken)(cursor.U8() & 0x1F);
        switch (token)
        {
            case BinXmlToken.Value:
                cursor.U8(); // value type, always a string in practice
                return new BxText(EvtxValue.FromString(cursor.Utf16(cursor.U16())));
            case BinXmlToken.CData:
                return new BxText(EvtxValue.FromString(cursor.Utf16(cursor.U16())), isCData: true);
            case BinXmlToken.CharRef:
                return new BxText(EvtxValue.FromString(((char)cursor.U16()).ToString()));
            case BinXmlToken.EntityRef:
                return new BxText(EvtxValue.FromString(EntityText(ReadName(cursor))));
            case BinXmlToken.NormalSubstitution:
            case BinXmlToken.OptionalSubstitution:
                int index = cursor.U16();
                var type = (EvtxValueType)cursor.U8();
                return new BxSubstitution(index, type, token == BinXmlToken.OptionalSubstitution);
            case BinXmlToken.PITarget:
                ReadName(cursor);
                return new BxText(EvtxValue.FromString(string.Empty));
            case BinXmlToken.PIData:
                cursor.Utf16(cursor.U16());
                return new BxText(EvtxValue.FromString(string.Empty));
            default:
                throw new EvtxFormatException($"unexpected BinXml token 0x{(byte)token:X2} at 0x{offset:X}");
        }
    }

    private static string EntityText(string name) => name switch
    {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        _ => $"&{name};",
    };

    private BxTemplateInstance ParseTemplateInstance(ChunkCursor cursor, int depth, ExpansionBudget budget)
    {
        if (depth > EvtxLimits.MaxTemplateDepth)
        {
            throw new EvtxFormatException($"templates nested deeper than {EvtxLimits.MaxTemplateDepth}");
        }

        cursor.U8(); // token
        cursor.U8(); // unknown
        cursor.U32(); // template id
        uint definitionOffset = cursor.U32();
        BxTemplate template;
        if (definitionOffset == cursor.Position)
        {
            // The definition follows inline; it is stored once per chunk and later records
            // point back to it.
            template = ReadTemplateDefinition(definitionOffset, budget);
            cursor.Skip(24);
            cursor.Skip((int)ReadU32At(definitionOffset + 20));
        }
        else
        {
            template = ReadTemplateDefinition(definitionOffset, budget);
        }

        uint count = cursor.U32();
        if (count > EvtxLimits.MaxSubstitutions)
        {
            throw new EvtxFormatException($"{count} substitution values exceed {EvtxLimits.MaxSubstitutions}");
        }

        // Windows templates carry tens of values; larger counts (up to the limit) use the heap.
        Span<(ushort Size, EvtxValueType Type)> descriptors = count <= 128 ? stackalloc (ushort, EvtxValueType)[(int)count] : new (ushort, EvtxValueType)[count];
        for (int i = 0; i < count; i++)
        {
            ushort size = cursor.U16();
            var type = (EvtxValueType)cursor.U8();
            cursor.U8();
            descriptors[i] = (size, type);
        }

        var values = new EvtxValue[count];
        for (int i = 0; i < count; i++)
        {
            int start = cursor.Position;
            (ushort size, EvtxValueType type) = descriptors[i];
            values[i] = type == EvtxValueType.BinXml
                ? DecodeNested(start, size, depth, budget)
                : ValueDecoder.Decode(type, cursor.Bytes(size));
            cursor.Position = start + size;
        }

        return new BxTemplateInstance(template, values);
    }

    private EvtxValue DecodeNested(int start, int size, int depth, ExpansionBudget budget)
    {
        if (size == 0)
        {
            return EvtxValue.Null;
        }

        var nested = new ChunkCursor(_chunk, start, start + size);
        List<BxNode> nodes = ParseFragment(nested, depth + 1, inTemplate: false, budget);
        return new EvtxValue(EvtxValueType.BinXml, TemplateExpander.ExpandToArray(nodes, [], budget));
    }

    private BxTemplate ReadTemplateDefinition(uint offset, ExpansionBudget budget)
    {
        if (_templates.TryGetValue(offset, out BxTemplate? cached))
        {
            return cached;
        }

        uint dataSize = ReadU32At(offset + 20);
        var id = new Guid(_chunk.AsSpan((int)offset + 4, 16));
        if (_shared is not null && _shared.TryGet(id, dataSize, out BxTemplate known))
        {
            _templates[offset] = known;
            return known;
        }

        int start = checked((int)offset + 24);
        int end = (int)Math.Min((long)start + dataSize, _chunk.Length);
        // Reserve the slot first so a definition that references itself fails instead of recursing.
        var template = new BxTemplate([]);
        _templates[offset] = template;
        try
        {
            template.Nodes.AddRange(ParseFragment(new ChunkCursor(_chunk, start, end), 0, inTemplate: true, budget));
        }
        catch (EvtxFormatException)
        {
            _templates.Remove(offset);
            throw;
        }

        _shared?.Add(id, dataSize, template);
        return template;
    }

    private uint ReadU32At(long offset)
    {
        if (offset < 0 || offset > _chunk.Length - 4)
        {
            throw new EvtxFormatException($"offset 0x{offset:X} outside the chunk");
        }

        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(_chunk.AsSpan((int)offset));
    }

    /// <summary>Reads a name reference; a name stored inline (offset equals the position) is skipped over.</summary>
    private string ReadName(ChunkCursor cursor)
    {
        uint offset = cursor.U32();
        string name = NameAt(offset);
        if (offset == cursor.Position)
        {
            cursor.Skip(8 + (name.Length * 2) + 2);
        }

        return name;
    }

    private string NameAt(uint offset)
    {
        if (_names.TryGetValue(offset, out string? name))
        {
            return name;
        }

        var at = new ChunkCursor(_chunk, (int)Math.Min(offset, int.MaxValue), _chunk.Length);
        at.Skip(6);
        name = at.Utf16(at.U16());
        _names[offset] = name;
        return name;
    }

    /// <summary>
    /// Template definitions carry a 16-bit dependency id after the start-element token, nested
    /// BinXml does not, and some real files omit it even in templates (plaso #4876), so the
    /// layout is chosen by which reading gives a plausible name offset.
    /// </summary>
    private bool HasDependencyId(ChunkCursor cursor, bool inTemplate)
    {
        int withId = cursor.Position + 2 + 4;
        int withoutId = cursor.Position + 4;
        bool plausibleWith = PlausibleNameOffset(withId);
        bool plausibleWithout = PlausibleNameOffset(withoutId);
        if (plausibleWith != plausibleWithout)
        {
            return plausibleWith;
        }

        return inTemplate;
    }

    private bool PlausibleNameOffset(int fieldOffset)
    {
        int inlinePosition = fieldOffset + 4;
        if (fieldOffset < 0 || fieldOffset > _chunk.Length - 4)
        {
            return false;
        }

        uint offset = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(_chunk.AsSpan(fieldOffset));
        if (offset == inlinePosition)
        {
            return true;
        }

        return offset >= EvtxLimits.ChunkHeaderSize && offset < fieldOffset && offset <= _chunk.Length - 10;
    }
}
