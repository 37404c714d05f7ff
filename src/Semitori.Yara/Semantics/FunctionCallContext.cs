namespace Semitori.Yara.Semantics;

/// <summary>What a module function sees of the scan: the scanned bytes and the structure it belongs to.</summary>
public sealed class FunctionCallContext
{
    internal FunctionCallContext(ReadOnlyMemory<byte> data, object? parent)
    {
        Data = data;
        Parent = parent;
    }

    /// <summary>The bytes being scanned.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The structure value the function is a member of (module root or nested structure).</summary>
    public object? Parent { get; }
}
